using System.Buffers;
using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Times counted from now: 5天前, 2小时后, 10分钟之前. Owners' dialogs get the duration itself.</summary>
internal static class RelativeTimes
{
    private static readonly (string Word, int Sign)[] Suffixes =
    [
        ("以前", -1), ("之前", -1), ("以后", 1), ("之后", 1), ("前", -1), ("后", 1),
    ];

    private static readonly (string Word, int Sign)[] Prefixes =
    [
        ("过去", -1), ("之前", -1), ("以前", -1), ("前", -1), ("最近", -1),
        ("之后", 1), ("以后", 1), ("未来", 1), ("今后", 1), ("接下来", 1), ("还剩", 1), ("后", 1),
    ];

    /// <summary>
    /// A span counted from now with the word first: 前1周, 过去十年, 后1年, 之后5分钟, 还剩5分钟, 上个小时.
    /// Owners' dialogs get the duration.
    /// </summary>
    private static readonly SearchValues<char> PrefixFirstChars = SearchValues.Create("过之以前最后未今接还上");

    public static DateTimeMatch? Prefixed(string text, int pos, DateTime reference)
    {
        if (pos >= text.Length || !PrefixFirstChars.Contains(text[pos]))
        {
            return null;
        }

        if (TextAt.Is(text, pos, "上个小时"))
        {
            var hour = new DurationValue(0, 0, 0, 0, 1, 0, 0);
            return Span(pos, pos + 4, hour, -1, reference, null);
        }

        foreach (var (word, sign) in Prefixes)
        {
            if (!TextAt.Is(text, pos, word))
            {
                continue;
            }

            var at = pos + word.Length;
            if (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            if (!DurationParser.TryRead(text, at, out var value, out var end))
            {
                return null;
            }

            if (end < text.Length && text[end] is '前' or '后' or '内' or '左' or '的' && word.Length == 1)
            {
                return null; // 前两天前, 后3天内: leave it to the duration
            }

            if (IsCompound(value))
            {
                return null; // 还剩8天20小时 is just a duration
            }

            var duration = new DateTimeMatch(DateTimeKind.Duration, at, end, value.Timex, default, default) { Duration = value };
            return Span(pos, end, value, sign, reference, duration);
        }

        return null;
    }

    private static bool IsCompound(DurationValue v) =>
        (v.Years > 0 ? 1 : 0) + (v.Months > 0 ? 1 : 0) + (v.Weeks > 0 ? 1 : 0) + (v.Days > 0 ? 1 : 0) + (v.Hours > 0 ? 1 : 0) +
        (v.Minutes > 0 ? 1 : 0) + (v.Seconds > 0 ? 1 : 0) > 1;

    private static DateTimeMatch Span(int start, int end, DurationValue value, int sign, DateTime reference, DateTimeMatch? duration)
    {
        var parts = duration is null ? Array.Empty<DateTimeMatch>() : [duration];
        var dayOrMore = value.Hours == 0 && value.Minutes == 0 && value.Seconds == 0;
        if (dayOrMore)
        {
            var today = reference.Date;
            var (from, to) = sign < 0 ? (Shift(today, value, -1), today) : (today.AddDays(1), Shift(today.AddDays(1), value, 1));
            var timex = string.Create(CultureInfo.InvariantCulture, $"({from:yyyy-MM-dd},{to:yyyy-MM-dd},{value.Timex})");
            return new DateTimeMatch(DateTimeKind.DateRange, start, end, timex, Resolution.Range(from, to), Resolution.Range(from, to))
            {
                Parts = parts,
                Duration = value,
                SpecOnly = duration is null,
            };
        }

        var (a, b) = sign < 0 ? (Shift(reference, value, -1), reference) : (reference, Shift(reference, value, 1));
        var t = string.Create(CultureInfo.InvariantCulture, $"({a:yyyy-MM-ddTHH:mm:ss},{b:yyyy-MM-ddTHH:mm:ss},{value.Timex})");
        return new DateTimeMatch(DateTimeKind.DateTimeRange, start, end, t, Resolution.Range(a, b), Resolution.Range(a, b))
        {
            Parts = parts,
            Duration = value,
            SpecOnly = duration is null,
        };
    }

    public static DateTimeMatch? After(string text, DateTimeMatch duration, DateTime reference)
    {
        var value = duration.Duration!;
        foreach (var (word, sign) in Suffixes)
        {
            if (!TextAt.Is(text, duration.End, word))
            {
                continue;
            }

            var end = duration.End + word.Length;
            if (word.Length == 1 && end < text.Length && text[end] is '天' or '面' or '边' or '门' or '台' or '排' or '者' or '来')
            {
                return null; // 两天前天, 三年后面
            }

            var target = Shift(reference, value, sign);
            var dayOrMore = value.Hours == 0 && value.Minutes == 0 && value.Seconds == 0;
            var date = DateOnly.FromDateTime(target);
            return dayOrMore
                ? new DateTimeMatch(DateTimeKind.Date, duration.Start, end, DateMath.Date(date),
                    Resolution.Point(date.ToDateTime(TimeOnly.MinValue)), Resolution.Point(date.ToDateTime(TimeOnly.MinValue)))
                {
                    Parts = [duration],
                    Duration = value,
                }
                : new DateTimeMatch(DateTimeKind.DateTime, duration.Start, end, DateMath.Date(date),
                    Resolution.Point(target), Resolution.Point(target))
                {
                    Parts = [duration],
                    Duration = value,
                };
        }

        return null;
    }

    /// <summary>Moves <paramref name="reference"/> by a duration, calendar units first.</summary>
    public static DateTime Shift(DateTime reference, DurationValue d, int sign)
    {
        var t = reference;
        var years = (int)Math.Floor(d.Years);
        var months = (int)Math.Floor(d.Months) + (int)Math.Round((d.Years - years) * 12);
        t = t.AddYears(sign * years).AddMonths(sign * months);
        var days = (d.Weeks * 7) + d.Days + ((d.Months - Math.Floor(d.Months)) * 30);
        var seconds = (days * 86400) + (d.Hours * 3600) + (d.Minutes * 60) + d.Seconds;
        return t.AddSeconds(sign * seconds);
    }

    public static string Format(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
