using ConciergeBot.Knowledge.Sla;

namespace ConciergeBot.Tickets.Api;

/// <summary>POST /api/tickets/{id}/extend (manager only); the workflow asks for the reason.</summary>
internal sealed record ExtensionRequest(ClockKind? Clock, DateTimeOffset? Due, string? Reason) : IStaffRequest
{
    public string? Problem() =>
        Clock is null ? $"clock is required: {DefinedEnum.Allowed<ClockKind>()}"
        : Due is null ? $"due is required: the new deadline, {StaffBody.DateExample}"
        : null;
}
