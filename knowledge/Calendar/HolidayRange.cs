namespace ConciergeBot.Knowledge.Calendar;

/// <summary>A statutory holiday: every date from <see cref="From"/> to <see cref="To"/> inclusive is off.</summary>
public sealed record HolidayRange(string Name, DateOnly From, DateOnly To);
