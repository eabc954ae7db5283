namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// One temporal expression with a full resolution in the shape of Microsoft.Recognizers.Text's datetimeV2:
/// a TIMEX, and values resolved forward (<see cref="Future"/>) and back (<see cref="Past"/>). Times of day
/// carry the date 0001-01-01. The owners' entities (<see cref="DateTimeRecognizer.Recognize"/>) are derived from it.
/// </summary>
internal sealed record DateTimeMatch(DateTimeKind Kind, int Start, int End, string Timex, Resolution Future, Resolution Past)
{
    public int Length => End - Start;

    /// <summary>before, after, since, until (之前, 之后, 起, 或之前), or null.</summary>
    public string? Mod { get; init; }

    /// <summary>A lunar date (values keep the lunar numbers, as the specs do).</summary>
    public bool IsLunar { get; init; }

    /// <summary>The hour was said without a part of the day (八点): also possible twelve hours later.</summary>
    public bool HalfDayAmbiguous { get; init; }

    /// <summary>The length of time, for durations.</summary>
    public DurationValue? Duration { get; init; }

    /// <summary>The pieces reported to owners' dialogs for ranges (10点到12点) and relative times (两小时后).</summary>
    public IReadOnlyList<DateTimeMatch> Parts { get; init; } = [];

    /// <summary>Not reported to owners' dialogs (years, months, sets, 今晚 alone, 最近…).</summary>
    public bool SpecOnly { get; init; }

    /// <summary>The Gregorian day owners mean, when it differs from <see cref="Future"/> (lunar dates).</summary>
    public DateOnly? OwnerDate { get; init; }
}
