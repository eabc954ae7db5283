using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// Parts of a year or month named after it (for the specs): 2021年的第一周, 十月的第一周, 明年第九个月, 2021年的前2周,
/// 今年的最后 3 周, 去年的前10天, 2017年上半年, 今年夏天; and alone: 上半年, 上个半年, 上半月, 下半周.
/// </summary>
internal static class YearPartParser
{
    private static readonly (string Word, string Code)[] Seasons =
    [
        ("春天", "SP"), ("春季", "SP"), ("夏天", "SU"), ("夏季", "SU"), ("秋天", "FA"), ("秋季", "FA"), ("冬天", "WI"), ("冬季", "WI"),
    ];

    /// <summary>A part of <paramref name="year"/> (or of <paramref name="month"/> when non-zero) written at <paramref name="pos"/>.</summary>
    public static bool TryAfter(string text, int start, int pos, int year, int month, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        var i = pos;
        if (i < text.Length && text[i] == '的')
        {
            i++;
        }

        if (month == 0)
        {
            foreach (var (word, code) in Seasons)
            {
                if (TextAt.Is(text, i, word))
                {
                    phrase = new DatePhrase(start, i + word.Length, DateGranularity.Year, $"{DateMath.Year(year)}-{code}", null, null) { SpecOnly = true };
                    return true;
                }
            }

            if (TryHalfYear(text, i, out var second, out var len))
            {
                var first = new DateOnly(year, second ? 7 : 1, 1);
                phrase = Range(start, i + len, first, first.AddMonths(6), "P6M");
                return true;
            }
        }

        if (TextAt.Is(text, i, "第") && Count(text, i + 1, out var n, out var unit, out var end))
        {
            if (unit == 'W' && (year > 0 || month > 0))
            {
                var (future, past) = FirstMondays(year, month, today);
                var fs = future.AddDays(7 * (n - 1));
                var ps = past.AddDays(7 * (n - 1));
                var timex = month > 0
                    ? $"{DateMath.Year(year)}-{month:00}-W{n:00}"
                    : string.Create(CultureInfo.InvariantCulture, $"{year:0000}-W{n:00}");
                phrase = new DatePhrase(start, end, DateGranularity.Week, timex, fs, ps)
                {
                    FutureEnd = fs.AddDays(7),
                    PastEnd = ps.AddDays(7),
                    SpecOnly = true,
                };
                return true;
            }

            if (unit == 'M' && month == 0 && year > 0 && n is >= 1 and <= 12)
            {
                var first = new DateOnly(year, n, 1);
                phrase = new DatePhrase(start, end, DateGranularity.Month, $"{year:0000}-{n:00}", first, first)
                {
                    FutureEnd = first.AddMonths(1),
                    PastEnd = first.AddMonths(1),
                    SpecOnly = true,
                };
                return true;
            }
        }

        if (month == 0 && year > 0)
        {
            var yearStart = new DateOnly(year, 1, 1);
            var yearEnd = yearStart.AddYears(1);
            if (TextAt.Is(text, i, "前") && Count(text, i + 1, out n, out unit, out end))
            {
                var first = unit == 'W' ? FirstMondays(year, 0, today).Future : yearStart;
                phrase = Range(start, end, first, Add(first, n, unit), Duration(n, unit));
                return true;
            }

            if (TextAt.Is(text, i, "最后") && Count(text, i + 2, out n, out unit, out end))
            {
                var last = unit == 'W' ? LastMonday(year) : yearEnd;
                phrase = Range(start, end, Add(last, -n, unit), last, Duration(n, unit));
                return true;
            }
        }

        return false;
    }

    /// <summary>上半年, 下半年, 上个半年, 上半月, 下半月, 上半周, 下半周 said alone (this year, month or week).</summary>
    public static bool TryAlone(string text, int pos, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        if (TextAt.Is(text, pos, "上个半年"))
        {
            var currentHalf = new DateOnly(today.Year, today.Month >= 7 ? 7 : 1, 1);
            var previous = currentHalf.AddMonths(-6);
            phrase = Range(pos, pos + 4, previous, currentHalf, "P6M");
            return true;
        }

        if (pos + 2 >= text.Length || text[pos + 1] != '半' || text[pos] is not ('上' or '下' or '前' or '后'))
        {
            return false;
        }

        var second = text[pos] is '下' or '后';
        switch (text[pos + 2])
        {
            case '年':
                var first = new DateOnly(today.Year, second ? 7 : 1, 1);
                phrase = Range(pos, pos + 3, first, first.AddMonths(6), "P6M");
                return true;
            case '月':
                var monthStart = new DateOnly(today.Year, today.Month, 1);
                var (a, b) = second ? (monthStart.AddDays(15), monthStart.AddMonths(1)) : (monthStart, monthStart.AddDays(15));
                phrase = Range(pos, pos + 3, a, b, $"P{b.DayNumber - a.DayNumber}D");
                return true;
            case '周':
                var monday = DateMath.WeekStart(today);
                var (c, d) = second ? (monday.AddDays(3), monday.AddDays(7)) : (monday, monday.AddDays(3));
                phrase = Range(pos, pos + 3, c, d, $"P{d.DayNumber - c.DayNumber}D");
                return true;
            default:
                return false;
        }
    }

    private static bool TryHalfYear(string text, int i, out bool second, out int length)
    {
        second = false;
        length = 3;
        if (i + 2 >= text.Length || text[i + 1] != '半' || text[i + 2] != '年')
        {
            return false;
        }

        second = text[i] is '下' or '后';
        return text[i] is '上' or '前' or '下' or '后';
    }

    /// <summary>N 周 / N 个星期 / N 个月 / N 天 with optional spaces; unit W, M or D.</summary>
    private static bool Count(string text, int pos, out int n, out char unit, out int end)
    {
        unit = ' ';
        end = pos;
        var i = pos < text.Length && text[pos] == ' ' ? pos + 1 : pos;
        if (!ChineseNumerals.TryRead(text, i, out n, out var len, out _) || n < 1 || n > 60)
        {
            return false;
        }

        i += len;
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i < text.Length && text[i] == '个')
        {
            i++;
        }

        (unit, var unitLength) = i < text.Length ? text[i] switch
        {
            '周' => ('W', 1),
            '星' when i + 1 < text.Length && text[i + 1] == '期' => ('W', 2),
            '月' => ('M', 1),
            '天' => ('D', 1),
            _ => (' ', 0),
        } : (' ', 0);
        end = i + unitLength;
        return unitLength > 0;
    }

    private static (DateOnly Future, DateOnly Past) FirstMondays(int year, int month, DateOnly today)
    {
        if (year > 0)
        {
            var d = FirstMonday(new DateOnly(year, Math.Max(month, 1), 1));
            return (d, d);
        }

        var thisYear = FirstMonday(new DateOnly(today.Year, month, 1));
        var past = thisYear <= today ? thisYear : FirstMonday(new DateOnly(today.Year - 1, month, 1));
        var future = thisYear.AddDays(7) > today ? thisYear : FirstMonday(new DateOnly(today.Year + 1, month, 1));
        return (future, past);
    }

    private static DateOnly FirstMonday(DateOnly first) => first.AddDays((8 - DateMath.IsoDay(first)) % 7);

    private static DateOnly LastMonday(int year)
    {
        var last = new DateOnly(year, 12, 31);
        return last.AddDays(-(DateMath.IsoDay(last) - 1));
    }

    private static DateOnly Add(DateOnly d, int n, char unit) => unit switch
    {
        'W' => d.AddDays(7 * n),
        'M' => d.AddMonths(n),
        _ => d.AddDays(n),
    };

    private static string Duration(int n, char unit) => string.Create(CultureInfo.InvariantCulture, $"P{n}{unit}");

    private static DatePhrase Range(int start, int end, DateOnly from, DateOnly to, string duration) =>
        new(start, end, DateGranularity.Month, $"({DateMath.Date(from)},{DateMath.Date(to)},{duration})", from, from)
        {
            FutureEnd = to,
            PastEnd = to,
            SpecOnly = true,
        };
}
