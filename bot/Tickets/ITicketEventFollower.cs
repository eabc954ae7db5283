namespace ConciergeBot.Tickets;

/// <summary>
/// Adds, inside the transaction of a ticket step, what a timeline event calls for outside the tickets (the owner's
/// update when a ticket is accepted, on its way or resolved) — so it is queued exactly when the event commits.
/// </summary>
internal interface ITicketEventFollower
{
    Task OnEventAsync(TicketChanges changes, Ticket ticket, string kind);
}
