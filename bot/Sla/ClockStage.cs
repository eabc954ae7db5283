namespace ConciergeBot.Sla;

/// <summary>
/// The reminders of one clock, in the order they normally fire. A clock records the stages it has passed
/// as a set of these flags, so a stage is never announced twice whoever notices it (trigger or sweep).
/// </summary>
[Flags]
internal enum ClockStage
{
    None = 0,
    Warning1 = 1,
    Warning2 = 2,
    Warning3 = 4,
    Warning4 = 8,

    /// <summary>9:00 on the last working day of a working-day target.</summary>
    Morning = 16,

    /// <summary>The deadline: the supervisor is told.</summary>
    Breach = 32,

    /// <summary>Breach plus the escalation offset: the manager is told.</summary>
    Escalation = 64,
}
