namespace ConciergeBot.Tickets.Reminders;

/// <summary>
/// Used when <c>Sla:Scheduler</c> is <c>Sweep</c>: no Quartz triggers, the sweep alone announces stages (at most one
/// sweep interval late). For tests that drive the clock by hand and for tools that must not start a scheduler.
/// </summary>
internal sealed class NoClockScheduler : IClockScheduler
{
    public Task SyncAsync(IReadOnlyCollection<TicketClock> clocks, CancellationToken cancellationToken) => Task.CompletedTask;
}
