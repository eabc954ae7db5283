namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>A day, a part of the day and a clock time read together (明天下午三点); any of them may be missing.</summary>
internal readonly record struct TemporalPoint(int Start, int End, DatePhrase? Date, DayPeriod Period, bool PeriodWritten, ClockPhrase? Clock)
{
    /// <summary>The day came from the first half of a range (明天10点到12点: 12点 is tomorrow too).</summary>
    public bool DateInherited { get; init; }

    public bool HasClock => Clock is not null;
}
