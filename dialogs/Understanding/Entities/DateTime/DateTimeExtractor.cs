using System.Buffers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// Finds temporal expressions left to right; at each candidate position the longest reading wins
/// (a range, a day with its time, a duration, a relative time, a recurring set).
/// </summary>
internal static class DateTimeExtractor
{
    /// <summary>Characters that can start a temporal expression; everything else is skipped fast.</summary>
    private static readonly SearchValues<char> StartChars = SearchValues.Create(
        "0123456789零〇一二两三四五六七八九十半今明后後昨前大上下这這本周週星礼禮元正腊冬早中午凌清晚傍夜深白从自每去最还過过之当国圣春除端七重劳情妇儿教建植平青来农");

    private static readonly (string Word, string Mod)[] Suffixes =
    [
        ("或之前", "until"), ("或以前", "until"), ("及以前", "until"), ("及之前", "until"), ("或之后", "since"), ("或以后", "since"),
        ("及以后", "since"), ("及之后", "since"), ("之前", "before"), ("以前", "before"), ("之后", "after"), ("以后", "after"),
        ("开始", "since"), ("以来", "since"), ("为止", "until"), ("起", "since"), ("前", "before"), ("后", "after"),
    ];

    public static List<DateTimeMatch> Extract(string text, DateTime reference)
    {
        text = TextFolding.Fold(text);
        var results = new List<DateTimeMatch>();
        var today = DateOnly.FromDateTime(reference);
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(StartChars);
            if (next < 0)
            {
                break;
            }

            i += next;
            var match = MatchAt(text, i, today, reference);
            if (match is null)
            {
                i++;
                continue;
            }

            results.Add(match);
            i = Math.Max(match.End, i + 1);
        }

        return results;
    }

    private static DateTimeMatch? MatchAt(string text, int pos, DateOnly today, DateTime reference)
    {
        var best = PointOrRange(text, pos, today);
        var duration = DurationAt(text, pos, reference);
        if (duration is not null && (best is null || duration.End > best.End))
        {
            best = duration;
        }

        var set = SetParser.TryRead(text, pos, today, out var s) ? s : null;
        if (set is not null && (best is null || set.End > best.End))
        {
            best = set;
        }

        return best;
    }

    private static DateTimeMatch? PointOrRange(string text, int pos, DateOnly today)
    {
        var from = text[pos] is '从' or '自' ? pos + 1 : pos;
        if (!PointReader.TryRead(text, from, today, null, out var p1))
        {
            return null;
        }

        var first = MatchBuilder.FromPoint(p1, p1.Start, p1.End);
        var k = p1.End;
        if (RangeSeparators.IsSeparator(text, k, out var sepLength) &&
            PointReader.TryRead(text, k + sepLength, today, p1, out var p2) && Compatible(p1, p2))
        {
            var second = MatchBuilder.FromPoint(Inherit(p1, InheritMonth(p1, p2, today)), p2.Start, p2.End);
            var end = p2.End;
            if (string.CompareOrdinal(text, end, "之间", 0, 2) == 0)
            {
                end += 2;
            }

            return MatchBuilder.Range(first, second, pos, end);
        }

        if (from != pos)
        {
            return WithSuffix(text, first with { Start = pos });
        }

        return WithSuffix(text, first);
    }

    /// <summary>The second end of a range takes the first's part of the day when it has none (下午5:00到6:00).</summary>
    private static TemporalPoint Inherit(TemporalPoint first, TemporalPoint second)
    {
        if (!second.PeriodWritten && first.Period != DayPeriod.None && second.Clock is { } c2 && first.Clock is { } c1)
        {
            var h1 = MatchBuilder.ClockTime(c1, first.Period).Hour;
            var h2 = MatchBuilder.ClockTime(c2, first.Period).Hour;
            if (h2 >= h1)
            {
                return second with { Period = first.Period };
            }
        }

        return second;
    }

    /// <summary>一月十日到十二日: a day alone after a full date takes its month (and year).</summary>
    private static TemporalPoint InheritMonth(TemporalPoint first, TemporalPoint second, DateOnly today)
    {
        if (first.Date is not { Month: > 0 } d1 || second.Date is not { Month: 0 } d2 || second.DateInherited ||
            !d2.Timex.StartsWith("XXXX-XX-", StringComparison.Ordinal))
        {
            return second;
        }

        var day = ((d2.Timex[^2] - '0') * 10) + (d2.Timex[^1] - '0');
        var year = d1.Timex.StartsWith("XXXX", StringComparison.Ordinal) ? 0 : d1.Year;
        return second with { Date = CalendarDateParser.Build(d2.Start, d2.End, year, d1.Month, day, d1.IsLunar, today) };
    }

    private static bool Compatible(TemporalPoint first, TemporalPoint second)
    {
        if (first.HasClock)
        {
            return second.HasClock;
        }

        if (first.Date is not null && !first.PeriodWritten)
        {
            return second.Date is not null && !second.DateInherited && !second.HasClock;
        }

        return second.HasClock || second.PeriodWritten;
    }

    private static DateTimeMatch WithSuffix(string text, DateTimeMatch match)
    {
        foreach (var (word, mod) in Suffixes)
        {
            if (string.CompareOrdinal(text, match.End, word, 0, word.Length) == 0)
            {
                return match with { End = match.End + word.Length, Mod = mod };
            }
        }

        return match;
    }

    private static DateTimeMatch? DurationAt(string text, int pos, DateTime reference)
    {
        if (!DurationParser.TryRead(text, pos, out var value, out var end))
        {
            return null;
        }

        var duration = new DateTimeMatch(DateTimeKind.Duration, pos, end, value.Timex,
            Resolution.Point(null), Resolution.Point(null))
        {
            Duration = value,
        };
        return RelativeTimes.After(text, duration, reference) ?? duration;
    }
}
