namespace ConciergeBot.Knowledge.Calendar;

/// <summary>
/// A deadline computed in working days. <see cref="Provisional"/> is true when the count crossed a year
/// for which no calendar data exists (weekends only were assumed), so reports can flag it.
/// </summary>
public readonly record struct WorkingDayDeadline(DateTimeOffset Due, bool Provisional);
