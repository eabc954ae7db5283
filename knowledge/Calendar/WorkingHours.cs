namespace ConciergeBot.Knowledge.Calendar;

/// <summary>
/// The times of day the working-day arithmetic uses, in Beijing time. Close of business is when a
/// working-day deadline falls due (the service centre closes at 18:00); the morning reminder goes out on
/// the last working day before such a deadline.
/// </summary>
public sealed record WorkingHours(TimeOnly CloseOfBusiness, TimeOnly MorningReminder)
{
    public static WorkingHours Default { get; } = new(new TimeOnly(18, 0), new TimeOnly(9, 0));
}
