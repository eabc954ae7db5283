namespace ConciergeBot.Knowledge.Calendar;

/// <summary>
/// An administrator's correction of one date (a late announcement, a local closure): it wins over the
/// published data and over the weekend rule.
/// </summary>
public sealed record CalendarOverride(DateOnly Date, bool IsWorkingDay, string Reason);
