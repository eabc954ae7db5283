namespace ConciergeBot.Tickets;

/// <summary>The ticket flow (接单 → 派单 → 跟进 → 反馈 → 回访); <see cref="TicketStates.Label"/> gives the Chinese names.</summary>
internal enum TicketState
{
    Received,
    Dispatched,
    Accepted,
    OnSite,
    Resolved,
    Revisited,
    Closed,
    Cancelled,
}
