using ConciergeBot.Tickets.Api;

namespace ConciergeBot.Limits.Binding;

/// <summary>POST /api/bindings/locks/{id}/lift: why (e.g. "业主来电核实身份"), kept with the lock-out.</summary>
internal sealed record LiftRequest(string? Reason) : IStaffRequest
{
    public string? Problem() => string.IsNullOrWhiteSpace(Reason) ? "a reason is required" : null;
}
