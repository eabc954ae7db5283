namespace ConciergeBot.Notifications;

/// <summary>
/// The order the sender picks due deliveries in — by priority, then oldest first — so a flood of ordinary messages
/// behind a rate-limited channel (WeCom: 20 a minute) never holds back the ping about an emergency.
/// </summary>
public enum OutboxPriority
{
    /// <summary>Every ping about an urgent ticket (emergencies, urgent repairs, urgent public-area problems), and every breach and escalation.</summary>
    Urgent = 0,

    /// <summary>Other staff pings (new tickets, warnings, reopenings, cancellations), replies to owners' messages and owners' progress updates.</summary>
    Normal = 1,

    /// <summary>What nobody is waiting on: the monthly handbook review, the satisfaction survey.</summary>
    Routine = 2,
}
