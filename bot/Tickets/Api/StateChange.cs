namespace ConciergeBot.Tickets.Api;

/// <summary>POST /api/tickets/{id}/state: move along the flow; <see cref="Assignee"/> (roster id) for Dispatched.</summary>
internal sealed record StateChange(TicketState? To, string? Assignee = null, string? Note = null) : IStaffRequest
{
    public string? Problem() => To is null ? $"to is required: {DefinedEnum.Allowed<TicketState>()}" : null;
}
