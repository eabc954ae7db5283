using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Reads a date phrase of any form at a position; the longest reading wins.</summary>
internal static class DateParser
{
    public static bool TryRead(string text, int pos, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        Consider(ref phrase, RelativeDayParser.TryRead(text, pos, today, out var a) ? a : null);
        Consider(ref phrase, WeekParser.TryRead(text, pos, today, out var b) ? b : null);
        Consider(ref phrase, CalendarDateParser.TryRead(text, pos, today, out var c) ? c : null);
        Consider(ref phrase, NumericDateParser.TryRead(text, pos, today, out var d) ? d : null);
        Consider(ref phrase, HolidayParser.TryRead(text, pos, today, out var e) ? e : null);
        Consider(ref phrase, MonthPartParser.TryRead(text, pos, today, out var f) ? f : null);
        if (phrase is not null)
        {
            phrase = AbsorbWeekday(text, phrase, today);
            phrase = AbsorbDayAfter(text, phrase);
        }

        return phrase is not null;
    }

    private static void Consider(ref DatePhrase? best, DatePhrase? candidate)
    {
        if (candidate is not null && (best is null || candidate.End > best.End))
        {
            best = candidate;
        }
    }

    private static readonly (string Word, int Sign)[] DayAfterWords =
    [
        ("之后的", 1), ("以后的", 1), ("过后的", 1), ("之后", 1), ("以后", 1), ("过后", 1), ("后的", 1), ("后", 1),
        ("之前的", -1), ("之前", -1), ("前的", -1), ("前", -1),
    ];

    /// <summary>
    /// 国庆节后第一天, 春节前一天, 中秋节那天晚上: a day counted from a day (the festival day itself; the length of a
    /// holiday break is not known for every year), and 那天/当天 between a day and a part of the day.
    /// </summary>
    private static DatePhrase AbsorbDayAfter(string text, DatePhrase phrase)
    {
        if (phrase.Granularity != DateGranularity.Day || phrase.Future is not { } future)
        {
            return phrase;
        }

        var i = phrase.End;
        if ((TextAt.Is(text, i, "那天") || TextAt.Is(text, i, "当天")) && DayPeriods.TryRead(text, i + 2, out _, out _))
        {
            return phrase with { End = i + 2 };
        }

        foreach (var (word, sign) in DayAfterWords)
        {
            if (!TextAt.Is(text, i, word))
            {
                continue;
            }

            var k = i + word.Length;
            var ordinal = k < text.Length && text[k] == '第';
            if (ordinal)
            {
                k++;
            }

            if (!ChineseNumerals.TryRead(text, k, out var n, out var len, out _) || n is < 1 or > 31 ||
                k + len >= text.Length || text[k + len] != '天' || (!ordinal && n != 1) || (ordinal && sign < 0))
            {
                return phrase; // 国庆后三天 is "within three days after", not a day
            }

            var shift = sign * n;
            var day = future.AddDays(shift);
            return phrase with
            {
                End = k + len + 1,
                Timex = DateMath.Date(day),
                Future = day,
                Past = phrase.Past?.AddDays(shift),
                Gregorian = phrase.Gregorian?.AddDays(shift),
                Year = day.Year,
                Month = day.Month,
            };
        }

        return phrase;
    }

    /// <summary>10月12号,星期一: a weekday right after a day restates it.</summary>
    private static DatePhrase AbsorbWeekday(string text, DatePhrase phrase, DateOnly today)
    {
        if (phrase.Granularity != DateGranularity.Day || phrase.Month == 0)
        {
            return phrase;
        }

        var i = phrase.End;
        if (i < text.Length && text[i] is ',' or ' ' or '、')
        {
            i++;
        }

        if (i < text.Length && i > phrase.End - 1 && WeekParser.TryRead(text, i, today, out var w) && w is { Granularity: DateGranularity.Day } &&
            w.Timex.StartsWith("XXXX-WXX", StringComparison.Ordinal))
        {
            return phrase with { End = w.End };
        }

        return phrase;
    }
}
