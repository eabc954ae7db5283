using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
using System.Buffers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// Reads days named by their place in a month or year: 最后一个周三, 这个月最后一个周三, 下个月最后一个星期五,
/// 第一个周一, 下个月第二个礼拜二, 倒数第二个周五, 本月最后一天, 这个月倒数第二天, 下个月第一天, 月底, 下个月底,
/// 12月底, 年底. Without a month (最后一个周三, 月底) the day is this month's, or next month's once it has passed;
/// with a month and no year (3月最后一个周五) this year's, or next year's once it has passed; a relative month
/// (这个月, 下个月, 上个月) is taken as said.
/// </summary>
internal static class MonthPartParser
{
    private static readonly (string Word, int Offset)[] RelativeMonths =
    [
        ("这个月", 0), ("这一个月", 0), ("本月", 0), ("这月", 0), ("当月", 0), ("下个月", 1), ("下一个月", 1), ("下月", 1),
        ("上个月", -1), ("上一个月", -1), ("上月", -1),
    ];

    private static readonly (string Word, int Offset)[] RelativeYears =
    [
        ("今年", 0), ("明年", 1), ("去年", -1),
    ];

    private static readonly string[] WeekWords = ["星期", "礼拜", "周"];

    private static readonly SearchValues<char> FirstChars = SearchValues.Create(
        "这本当下上今明去最第倒月年0123456789一二三四五六七八九十元正腊冬");

    public static bool TryRead(string text, int pos, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        if (pos >= text.Length || !FirstChars.Contains(text[pos]))
        {
            return false;
        }

        var i = pos;
        var month = ReadMonth(text, ref i, today);
        if (month is null && TryYearEnd(text, pos, today, out phrase))
        {
            return true;
        }

        var afterMonth = i;
        if (month is not null && i < text.Length && text[i] == '的')
        {
            i++;
        }

        // 月底, 下个月底, 12月底, 这个月月底, 月末.
        if (month is { } written && text[afterMonth - 1] == '月' && afterMonth < text.Length && text[afterMonth] is '底' or '末')
        {
            return Build(pos, afterMonth + 1, written, today, static (first) => first.AddMonths(1).AddDays(-1), out phrase);
        }

        if ((TextAt.Is(text, i, "月底") || TextAt.Is(text, i, "月末")) && !MonthWordBefore(text, i))
        {
            return Build(pos, i + 2, month, today, static (first) => first.AddMonths(1).AddDays(-1), out phrase);
        }

        if (!TryOrdinal(text, i, out var n, out var fromEnd, out var k))
        {
            return false;
        }

        if (WeekdayAt(text, k, out var isoDay, out var end))
        {
            return Build(pos, end, month, today, first => NthWeekday(first, isoDay, n, fromEnd), out phrase);
        }

        // 最后一天, 倒数第二天, 第一天: only with a month said (最后一天 alone has no month to count in).
        if (month is not null && k < text.Length && text[k] == '天' && !(k + 1 < text.Length && text[k + 1] is '气' or '然' or '空'))
        {
            return Build(pos, k + 1, month, today, first => NthDay(first, n, fromEnd), out phrase);
        }

        return false;
    }

    /// <summary>A month said before the ordinal: 这个月, 下个月, 3月, 明年3月, 十二月份.</summary>
    private static MonthSpec? ReadMonth(string text, ref int i, DateOnly today)
    {
        foreach (var (word, offset) in RelativeMonths)
        {
            if (TextAt.Is(text, i, word))
            {
                i += word.Length;
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(offset);
                return new MonthSpec(first.Year, first.Month, YearFixed: true);
            }
        }

        var j = i;
        int? year = null;
        foreach (var (word, offset) in RelativeYears)
        {
            if (TextAt.Is(text, j, word))
            {
                year = today.Year + offset;
                j += word.Length;
                break;
            }
        }

        if (j < text.Length && (j == 0 || !ChineseNumerals.IsNumeralChar(text[j - 1]) || year is not null) &&
            ChineseNumerals.TryRead(text, j, out var m, out var len, out var style) && m is >= 1 and <= 12 &&
            style != NumeralStyle.ChineseDigits && j + len < text.Length && text[j + len] == '月')
        {
            i = j + len + 1;
            if (i < text.Length && text[i] == '份')
            {
                i++;
            }

            return new MonthSpec(year ?? today.Year, m, YearFixed: year is not null);
        }

        return null;
    }

    /// <summary>A month word just before 月底 (三个月底?) makes it something else.</summary>
    private static bool MonthWordBefore(string text, int i) => i > 0 && (text[i - 1] is '个' or '岁' || ChineseNumerals.IsNumeralChar(text[i - 1]));

    /// <summary>年底, 年末, 今年底, 今年年底, 明年年底: the last day of the year.</summary>
    private static bool TryYearEnd(string text, int pos, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        int end;
        var year = today.Year;
        if (IsYearEnd(text, pos))
        {
            if (pos > 0 && (text[pos - 1] is '每' or '年' or '个' or '半' or '周' or '同' || ChineseNumerals.IsNumeralChar(text[pos - 1])))
            {
                return false; // 每年年底 is a set; 两年底, 周年末 are not the end of this year
            }

            end = pos + 2;
        }
        else
        {
            var relative = RelativeYears.FirstOrDefault(r => TextAt.Is(text, pos, r.Word));
            if (relative.Word is null)
            {
                return false;
            }

            year += relative.Offset;
            var j = pos + relative.Word.Length;
            if (j < text.Length && text[j] is '底' or '末')
            {
                end = j + 1; // 今年底
            }
            else if (IsYearEnd(text, j))
            {
                end = j + 2; // 今年年底
            }
            else
            {
                return false;
            }
        }

        phrase = Day(pos, end, new DateOnly(year, 12, 31));
        return true;
    }

    private static bool IsYearEnd(string text, int i) => TextAt.Is(text, i, "年底") || TextAt.Is(text, i, "年末");

    /// <summary>第N个, 最后一个, 倒数第N个, 第N (before 天); N from 1 to 5 for weekdays, 1 to 31 for days.</summary>
    private static bool TryOrdinal(string text, int i, out int n, out bool fromEnd, out int end)
    {
        n = 0;
        fromEnd = false;
        end = i;
        if (TextAt.Is(text, i, "最后"))
        {
            fromEnd = true;
            n = 1;
            i += 2;
            if (i < text.Length && text[i] is '一' or '1')
            {
                i++;
            }

            if (i < text.Length && text[i] == '个')
            {
                i++;
            }

            end = i;
            return true;
        }

        if (TextAt.Is(text, i, "倒数"))
        {
            fromEnd = true;
            i += 2;
        }

        if (i >= text.Length || text[i] != '第' ||
            !ChineseNumerals.TryRead(text, i + 1, out n, out var len, out _) || n is < 1 or > 31)
        {
            return false;
        }

        i += 1 + len;
        if (i < text.Length && text[i] == '个')
        {
            i++;
        }

        end = i;
        return true;
    }

    private static bool WeekdayAt(string text, int i, out int isoDay, out int end)
    {
        isoDay = 0;
        end = i;
        foreach (var word in WeekWords)
        {
            if (!TextAt.Is(text, i, word) || i + word.Length >= text.Length)
            {
                continue;
            }

            var c = text[i + word.Length];
            isoDay = c switch
            {
                '一' or '1' => 1,
                '二' or '2' => 2,
                '三' or '3' => 3,
                '四' or '4' => 4,
                '五' or '5' => 5,
                '六' or '6' => 6,
                '日' or '天' or '7' => 7,
                _ => 0,
            };
            end = i + word.Length + 1;
            return isoDay > 0;
        }

        return false;
    }

    private static DateOnly? NthWeekday(DateOnly first, int isoDay, int n, bool fromEnd)
    {
        if (n > 5)
        {
            return null;
        }

        DateOnly day;
        if (fromEnd)
        {
            var last = first.AddMonths(1).AddDays(-1);
            day = last.AddDays(-((DateMath.IsoDay(last) - isoDay + 7) % 7)).AddDays(-7 * (n - 1));
        }
        else
        {
            day = first.AddDays((isoDay - DateMath.IsoDay(first) + 7) % 7).AddDays(7 * (n - 1));
        }

        return day.Month == first.Month ? day : null;
    }

    private static DateOnly? NthDay(DateOnly first, int n, bool fromEnd)
    {
        var days = DateTime.DaysInMonth(first.Year, first.Month);
        return n > days ? null : fromEnd ? first.AddDays(days - n) : first.AddDays(n - 1);
    }

    /// <summary>
    /// Resolves the day in the month said; without a month (or a year) a day already past moves to the next month
    /// (or year), as bare future expressions do.
    /// </summary>
    private static bool Build(int start, int end, MonthSpec? month, DateOnly today, Func<DateOnly, DateOnly?> pick, out DatePhrase? phrase)
    {
        phrase = null;
        var first = month is null ? new DateOnly(today.Year, today.Month, 1) : new DateOnly(month.Year, month.Month, 1);
        var day = pick(first);
        if (month is not { YearFixed: true } && (day is null || day < today))
        {
            var next = first.AddMonths(month is null ? 1 : 12);
            day = pick(next);
        }

        if (day is not { } d)
        {
            return false;
        }

        phrase = Day(start, end, d);
        return true;
    }

    private static DatePhrase Day(int start, int end, DateOnly d) =>
        new(start, end, DateGranularity.Day, DateMath.Date(d), d, d) { Year = d.Year, Month = d.Month };

    /// <summary>A month said in the message; <see cref="YearFixed"/> when its year is known (下个月, 明年3月).</summary>
    private sealed record MonthSpec(int Year, int Month, bool YearFixed);
}
