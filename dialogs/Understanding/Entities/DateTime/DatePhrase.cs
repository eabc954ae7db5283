namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// A date phrase with its resolutions. For a day, <see cref="Future"/> and <see cref="Past"/> are the day
/// resolved forward and back (equal when the phrase is not ambiguous); for weeks, months and years they are
/// the first day and <see cref="FutureEnd"/>/<see cref="PastEnd"/> the day after the last. Null when the date
/// does not exist (2月30日).
/// </summary>
internal sealed record DatePhrase(int Start, int End, DateGranularity Granularity, string Timex, DateOnly? Future, DateOnly? Past)
{
    /// <summary>A part of the day the word itself names (今晚, 明早).</summary>
    public DayPeriod ImpliedPeriod { get; init; }

    /// <summary>今晚/今早 and the like: a part of today rather than a day; not reported on its own.</summary>
    public bool IsPartOfToday { get; init; }

    /// <summary>Year, month and day as written or resolved (0 when unknown); used by ranges (一月十日到十二日).</summary>
    public int Year { get; init; }

    /// <summary>Month as written (0 when not written).</summary>
    public int Month { get; init; }

    /// <summary>The date is a lunar calendar date (正月初一); resolutions keep the lunar numbers, as the specs do.</summary>
    public bool IsLunar { get; init; }

    /// <summary>The Gregorian day for owners when it differs from <see cref="Future"/> (lunar dates).</summary>
    public DateOnly? Gregorian { get; init; }

    /// <summary>End (exclusive) of a week, month or year, resolved forward.</summary>
    public DateOnly? FutureEnd { get; init; }

    /// <summary>End (exclusive) of a week, month or year, resolved back.</summary>
    public DateOnly? PastEnd { get; init; }

    /// <summary>Only for the conformance specs (最近, years, months): not reported to owners' dialogs.</summary>
    public bool SpecOnly { get; init; }
}
