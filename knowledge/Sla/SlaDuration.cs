using System.Globalization;
using ConciergeBot.Knowledge.Calendar;

namespace ConciergeBot.Knowledge.Sla;

/// <summary>
/// A promised duration: either calendar time (minutes, hours, days on the clock) or a number of working
/// days, which end at close of business of the Nth working day after the report.
/// Written in configuration as a <see cref="TimeSpan"/> in invariant form (<c>00:10:00</c>, <c>04:00:00</c>,
/// <c>2.00:00:00</c>) or as working days (<c>7wd</c>; <c>7 working days</c> is accepted too).
/// </summary>
public readonly record struct SlaDuration
{
    private SlaDuration(TimeSpan calendar, int workingDays)
    {
        Calendar = calendar;
        WorkingDays = workingDays;
    }

    /// <summary>Calendar length; zero for a working-day duration.</summary>
    public TimeSpan Calendar { get; }

    /// <summary>Working days; zero for a calendar duration.</summary>
    public int WorkingDays { get; }

    public bool IsWorkingDays => WorkingDays > 0;

    public static SlaDuration FromTime(TimeSpan length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(length, TimeSpan.Zero);
        return new(length, 0);
    }

    public static SlaDuration FromWorkingDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return new(TimeSpan.Zero, days);
    }

    public static bool TryParse(string? text, out SlaDuration duration)
    {
        duration = default;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["wd", "working days", "working day"])
        {
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(value.AsSpan(0, value.Length - suffix.Length).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days)
                && days >= 1)
            {
                duration = FromWorkingDays(days);
                return true;
            }
        }

        if (TimeSpan.TryParseExact(value, "c", CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero)
        {
            duration = FromTime(span);
            return true;
        }

        return false;
    }

    public static SlaDuration Parse(string text) =>
        TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' is not a deadline: write a TimeSpan like 00:10:00 or working days like 7wd");

    /// <summary>When a clock started at <paramref name="start"/> falls due.</summary>
    public WorkingDayDeadline DueFrom(DateTimeOffset start, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return IsWorkingDays ? calendar.AddWorkingDays(start, WorkingDays) : new(start + Calendar, false);
    }

    /// <summary>The duration as owners read it: 10分钟, 4小时, 2天, 7个工作日.</summary>
    public string Describe()
    {
        if (IsWorkingDays)
        {
            return $"{WorkingDays}个工作日";
        }

        var span = Calendar;
        if (span.TotalDays >= 1 && span.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return $"{(int)span.TotalDays}天";
        }

        if (span.TotalHours >= 1 && span.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return $"{(int)span.TotalHours}小时";
        }

        if (span.TotalHours >= 1 && span.Ticks % TimeSpan.TicksPerMinute == 0)
        {
            return $"{(int)span.TotalHours}小时{span.Minutes}分钟";
        }

        return span.Ticks % TimeSpan.TicksPerMinute == 0 ? $"{(int)span.TotalMinutes}分钟" : $"{(int)Math.Ceiling(span.TotalSeconds)}秒";
    }

    public override string ToString() =>
        IsWorkingDays ? $"{WorkingDays}wd" : Calendar.ToString("c", CultureInfo.InvariantCulture);
}
