namespace ConciergeBot.Tickets;

/// <summary>Where a clock stands; a breach is recorded separately (a clock can be running and breached).</summary>
internal enum ClockStatus
{
    Pending,
    Running,
    Paused,
    Fulfilled,
    Cancelled,
}
