namespace ConciergeBot.Tickets;

/// <summary>
/// Keeps the scheduler's triggers in line with the clocks after a transaction that changed them committed:
/// triggers for every pending stage of a running clock, none for any other. Best effort — the sweep catches
/// whatever a crash between commit and scheduling left out.
/// </summary>
internal interface IClockScheduler
{
    Task SyncAsync(IReadOnlyCollection<TicketClock> clocks, CancellationToken cancellationToken);
}
