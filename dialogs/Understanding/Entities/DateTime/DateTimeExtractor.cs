using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
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
        "0123456789零〇一二两三四五六七八九十仨俩半今明后後昨前大上下这這本周週星礼禮元正腊冬早中午凌清晚傍夜深白从自每去最还過过之当国圣春除端七重劳情妇儿教建植平青来农阴截未接康雍乾嘉道咸同光宣民神贞开洪永第倒月年差" + HolidayParser.FirstCharacters);

    private static readonly (string Word, string? Mod)[] Prefixes =
    [
        ("自从", "since"), ("截止到", "before"), ("截至", "before"), ("截止", "before"), ("从", null), ("自", "since"),
    ];

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

            if (results.Count > 0 && JoinedWeekday(text, results[^1], match) is { } adjusted)
            {
                match = adjusted;
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

        var relative = RelativeTimes.Prefixed(text, pos, reference);
        if (relative is not null && (best is null || relative.End > best.End))
        {
            best = relative;
        }

        var set = SetParser.TryRead(text, pos, today, out var s) ? s : null;
        if (set is not null && (best is null || set.End > best.End))
        {
            best = set;
        }

        if ((YearPartParser.TryAlone(text, pos, today, out var part) || DecadeParser.TryRead(text, pos, out part)) && part is not null &&
            (best is null || part.End > best.End))
        {
            best = MatchBuilder.FromDate(part, part.Start, part.End);
        }

        return best;
    }

    private static DateTimeMatch? PointOrRange(string text, int pos, DateOnly today)
    {
        var from = pos;
        string? prefixMod = null;
        foreach (var (word, mod) in Prefixes)
        {
            if (TextAt.Is(text, pos, word))
            {
                from = pos + word.Length;
                prefixMod = mod;
                break;
            }
        }

        if (YearRange(text, from, today) is { } years)
        {
            return years with { Start = pos };
        }

        if (!PointReader.TryRead(text, from, today, null, out var p1))
        {
            return null;
        }

        var first = MatchBuilder.FromPoint(p1, p1.Start, p1.End);
        if (TryRange(text, p1, today, out var p2, out var end))
        {
            var second = MatchBuilder.FromPoint(Inherit(p1, InheritMonth(p1, p2, today)), p2.Start, p2.End);
            return MatchBuilder.Range(first, second, pos, end);
        }

        var at = first.End < text.Length - 2 && text[first.End] == ' ' && first.Kind is DateTimeKind.Time ? first.End + 1 : first.End;
        foreach (var (word, mod) in Suffixes)
        {
            if (TextAt.Is(text, at, word) && SuffixAllowed(text, at + word.Length, word) &&
                (at == first.End || word.Length == 2))
            {
                var start = text[pos] == '从' && word == "起" ? from : pos;
                return MatchBuilder.WithMod(first, mod, start, at + word.Length);
            }
        }

        if (prefixMod is not null)
        {
            return MatchBuilder.WithMod(first, prefixMod, pos, first.End);
        }

        return from == pos ? first : first with { Start = pos };
    }

    private static bool SuffixAllowed(string text, int after, string word) =>
        after >= text.Length || word.Length > 1 || !(text[after] is '天' or '来' or '床' or '面' or '边' or '者' or '身');

    /// <summary>1995-1997年, 1995 – 1997年: the first year is written without 年.</summary>
    private static DateTimeMatch? YearRange(string text, int pos, DateOnly today)
    {
        if (!ChineseNumerals.TryRead(text, pos, out var year, out var len, out var style) || len != 4 ||
            style is not (NumeralStyle.Arabic or NumeralStyle.ChineseDigits) || (pos > 0 && char.IsAsciiDigit(text[pos - 1])))
        {
            return null;
        }

        var k = pos + len;
        if (!RangeSeparators.IsSeparator(text, k, out var sep) || !DateParser.TryRead(text, k + sep, today, out var second) ||
            second is not { Granularity: DateGranularity.Year, Year: > 0 } || second.Timex.Length != 4)
        {
            return null;
        }

        var firstDay = new DateOnly(year, 1, 1);
        var first = new DatePhrase(pos, k, DateGranularity.Year, DateMath.Year(year), firstDay, firstDay)
        {
            FutureEnd = firstDay.AddYears(1),
            PastEnd = firstDay.AddYears(1),
            Year = year,
            SpecOnly = true,
        };
        return MatchBuilder.Range(MatchBuilder.FromDate(first, pos, k), MatchBuilder.FromDate(second, second.Start, second.End), pos, second.End);
    }

    /// <summary>The second end of a range: 到/至/-/~ then a point, or 和…之间.</summary>
    private static bool TryRange(string text, TemporalPoint p1, DateOnly today, out TemporalPoint p2, out int end)
    {
        p2 = default;
        end = 0;
        var k = p1.End;
        var between = false;
        int sepLength;
        if (k < text.Length && text[k] is '和' or '与')
        {
            between = true;
            sepLength = 1;
        }
        else if (!RangeSeparators.IsSeparator(text, k, out sepLength))
        {
            return false;
        }

        if (!PointReader.TryRead(text, k + sepLength, today, p1, out p2) || !Compatible(p1, p2))
        {
            return false;
        }

        end = p2.End;
        if (TextAt.Is(text, end, "之间"))
        {
            end += 2;
        }
        else if (end < text.Length && text[end] == '间')
        {
            end++;
        }
        else if (between)
        {
            return false;
        }

        return true;
    }

    /// <summary>The second end of a range takes the first's part of the day when it has none (下午5:00到6:00).</summary>
    private static TemporalPoint Inherit(TemporalPoint first, TemporalPoint second)
    {
        if (!second.PeriodWritten && first.Period != DayPeriod.None && second.Clock is { } c2 && first.Clock is { } c1 &&
            (second.Date is null || second.DateInherited))
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
        if (first.Date is { Granularity: DateGranularity.Day, Future: { } day1 } w1 && !w1.Timex.StartsWith("XXXX", StringComparison.Ordinal) &&
            second.Date is { } w2 && !second.DateInherited && WeekdayAfter(day1, w2) is { } sameWeek)
        {
            // 下周一到周三: the second weekday is in the first's week.
            return second with { Date = w2 with { Timex = DateMath.Date(sameWeek), Future = sameWeek, Past = sameWeek } };
        }

        if (first.Date is { Month: > 0, Granularity: DateGranularity.Day } y1 && !y1.Timex.StartsWith("XXXX", StringComparison.Ordinal) &&
            second.Date is { Month: > 0, Granularity: DateGranularity.Day } y2 && !second.DateInherited &&
            y2.Timex.StartsWith("XXXX-", StringComparison.Ordinal) && y2.Timex.Length == 10 && y2.Timex[5] != 'X')
        {
            // 2019年6月1日-6月30日: the second day is in the first's year.
            var m = ((y2.Timex[5] - '0') * 10) + (y2.Timex[6] - '0');
            var dd = ((y2.Timex[8] - '0') * 10) + (y2.Timex[9] - '0');
            return second with { Date = CalendarDateParser.Build(y2.Start, y2.End, y1.Year, m, dd, y1.IsLunar, today) };
        }

        if (first.Date is not { Month: > 0 } d1 || second.Date is not { Month: 0 } d2 || second.DateInherited ||
            !d2.Timex.StartsWith("XXXX-XX-", StringComparison.Ordinal))
        {
            return second;
        }

        var day = ((d2.Timex[^2] - '0') * 10) + (d2.Timex[^1] - '0');
        var year = d1.Timex.StartsWith("XXXX", StringComparison.Ordinal) ? 0 : d1.Year;
        return second with { Date = CalendarDateParser.Build(d2.Start, d2.End, year, d1.Month, day, d1.IsLunar, today) };
    }

    /// <summary>A bare weekday (周三) said after a resolved day: that day's week, not the next 周三 from today.</summary>
    private static DateOnly? WeekdayAfter(DateOnly first, DatePhrase second)
    {
        if (!second.Timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal) || second.Timex.Length != 10)
        {
            return null;
        }

        var day = DateMath.WeekStart(first).AddDays(second.Timex[9] - '1');
        return day < first ? day.AddDays(7) : day;
    }

    /// <summary>下周二或周三, 下周一、周三: a bare weekday joined to a resolved day takes its week.</summary>
    private static DateTimeMatch? JoinedWeekday(string text, DateTimeMatch previous, DateTimeMatch current)
    {
        if (current is not { Kind: DateTimeKind.Date or DateTimeKind.DateTime or DateTimeKind.DateTimeRange } ||
            !current.Timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal) ||
            previous.Kind is not (DateTimeKind.Date or DateTimeKind.DateTime or DateTimeKind.DateTimeRange) ||
            previous.Timex.StartsWith("XXXX", StringComparison.Ordinal) || (previous.Future.Value ?? previous.Future.Start) is not { } p)
        {
            return null;
        }

        var gap = text.AsSpan(previous.End, Math.Max(0, current.Start - previous.End));
        if (gap is not ("或" or "和" or "、" or "或者" or "还是" or "跟" or "," or "/" or "或是"))
        {
            return null;
        }

        var first = DateOnly.FromDateTime(p);
        var day = DateMath.WeekStart(first).AddDays(current.Timex[9] - '1');
        if (day < first)
        {
            day = day.AddDays(7);
        }

        var shift = day.DayNumber - DateOnly.FromDateTime((current.Future.Value ?? current.Future.Start)!.Value).DayNumber;
        return current with
        {
            Timex = DateMath.Date(day) + current.Timex[10..],
            Future = Move(current.Future, shift),
            Past = Move(current.Future, shift),
        };
    }

    private static Resolution Move(Resolution r, int days) =>
        new(r.Value?.AddDays(days), r.Start?.AddDays(days), r.End?.AddDays(days));

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
