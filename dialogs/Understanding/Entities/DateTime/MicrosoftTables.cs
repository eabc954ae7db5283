using System.Text.RegularExpressions;
using Definitions = Microsoft.Recognizers.Definitions.Chinese.DateTimeDefinitions;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// The tables taken from Microsoft.Recognizers.Definitions (MIT), the regex and word tables behind Microsoft's
/// recognizers, read from the package's public members at start-up: quarter-hours and "half past" after 点
/// (11点3刻, 两刻钟, 三点过半), the festival names (母亲节, 光棍节, 万圣节 ...) with the weekday rules of the
/// floating ones, and the words for parts of the day. Everything else in the date/time recognizer stays ours:
/// the package's other tables cover less than ours, or resolve differently from the owners' conventions.
/// </summary>
internal static class MicrosoftTables
{
    private static readonly Regex QuarterRegex = Anchored(Definitions.TimeQuarterRegex);
    private static readonly Regex HalfRegex = Anchored(Definitions.TimeHalfRegex);

    /// <summary>Festival names of the package's holiday regexes (fixed-date, floating and lunar festivals).</summary>
    public static IReadOnlyList<string> HolidayNames { get; } =
        [.. Alternatives(Definitions.HolidayRegexList1, "holiday")
            .Concat(Alternatives(Definitions.HolidayRegexList2, "holiday"))
            .Concat(Alternatives(Definitions.LunarHolidayRegex, "holiday"))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>Festivals on the n-th weekday of a month (母亲节 = second Sunday of May), from the package's TIMEX table.</summary>
    public static IReadOnlyDictionary<string, (int Month, int IsoDay, int Nth)> FloatingHolidays { get; } = ReadFloating();

    /// <summary>Words for parts of the day (凌晨, 傍晚, 半夜 ...), from the package's day-description regex and term lists.</summary>
    public static IReadOnlyList<string> DayPeriodWords { get; } = Alternatives(Definitions.TimeDayDescRegex, "daydesc");

    /// <summary>Words for the daytime (白天, 日间), a term list of their own in the package.</summary>
    public static IReadOnlyList<string> DaytimeWords => [.. Definitions.DaytimeTermList];

    /// <summary>The part of the day the package's term lists give a word, or <see cref="DayPeriod.None"/>.</summary>
    public static DayPeriod TermListPeriod(string word) =>
        Definitions.MorningTermList.Contains(word) ? DayPeriod.Morning
        : Definitions.MidDayTermList.Contains(word) ? DayPeriod.Noon
        : Definitions.AfternoonTermList.Contains(word) ? DayPeriod.Afternoon
        : Definitions.EveningTermList.Contains(word) ? DayPeriod.Evening
        : Definitions.DaytimeTermList.Contains(word) ? DayPeriod.Daytime
        : Definitions.NightTermList.Contains(word) ? DayPeriod.Night
        : DayPeriod.None;

    /// <summary>一刻, 3刻, 两刻钟 at <paramref name="pos"/>: the minutes (15, 30, 45); a fourth quarter is not a clock minute.</summary>
    public static bool TryQuarter(string text, int pos, out int minutes, out int length)
    {
        minutes = 0;
        length = 0;
        if (pos >= text.Length)
        {
            return false;
        }

        var m = QuarterRegex.Match(text, pos);
        if (!m.Success)
        {
            return false;
        }

        var digit = m.Groups["quarter"].Value[0];
        var quarters = char.IsAsciiDigit(digit) ? digit - '0' : Definitions.TimeNumberDictionary.GetValueOrDefault(digit);
        if (quarters is < 1 or > 3)
        {
            return false;
        }

        minutes = quarters * 15;
        length = m.Length;
        return true;
    }

    /// <summary>半 or 过半 at <paramref name="pos"/> (三点半, 三点过半).</summary>
    public static bool TryHalf(string text, int pos, out int length)
    {
        length = 0;
        if (pos >= text.Length)
        {
            return false;
        }

        var m = HalfRegex.Match(text, pos);
        length = m.Success ? m.Length : 0;
        return m.Success;
    }

    private static Regex Anchored(string pattern) => new(@"\G(?:" + pattern + ")", RegexOptions.CultureInvariant);

    /// <summary>The words of a named group written as a plain alternation: (?&lt;holiday&gt;新年|五一|...).</summary>
    internal static string[] Alternatives(string pattern, string group)
    {
        var open = "(?<" + group + ">";
        var start = pattern.IndexOf(open, StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        start += open.Length;
        var end = pattern.IndexOf(')', start);
        var words = pattern[start..end].Split('|');
        return words.All(w => w.Length > 0 && !w.Any(c => "()[]?*+\\.{}^$".Contains(c, StringComparison.Ordinal))) ? words : [];
    }

    /// <summary>"-05-WXX-7-2" (month 5, ISO weekday 7, the second one) for each floating festival.</summary>
    private static Dictionary<string, (int, int, int)> ReadFloating()
    {
        var result = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        foreach (var (name, timex) in Definitions.HolidayNoFixedTimex)
        {
            var m = Regex.Match(timex, @"^-(\d\d)-WXX-([1-7])-([1-5])$", RegexOptions.CultureInvariant);
            if (m.Success)
            {
                result[name] = (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                    m.Groups[2].Value[0] - '0', m.Groups[3].Value[0] - '0');
            }
        }

        return result;
    }
}
