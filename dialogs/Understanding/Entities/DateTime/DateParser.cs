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
