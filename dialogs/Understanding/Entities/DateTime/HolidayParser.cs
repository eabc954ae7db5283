using System.Buffers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Reads public holidays and festivals: 元旦, 国庆, 春节, 中秋, 端午, 清明, 圣诞… resolved to the next one.</summary>
internal static class HolidayParser
{
    private enum Rule
    {
        Fixed,
        Lunar,
        LunarEve,
        Qingming,
    }

    private static readonly (string Word, Rule Rule, int Month, int Day, bool NeedsContext)[] Holidays =
    [
        ("元旦", Rule.Fixed, 1, 1, false), ("情人节", Rule.Fixed, 2, 14, false), ("妇女节", Rule.Fixed, 3, 8, false),
        ("植树节", Rule.Fixed, 3, 12, false), ("五一劳动节", Rule.Fixed, 5, 1, false), ("劳动节", Rule.Fixed, 5, 1, false), ("五一", Rule.Fixed, 5, 1, true),
        ("青年节", Rule.Fixed, 5, 4, false), ("儿童节", Rule.Fixed, 6, 1, false), ("六一", Rule.Fixed, 6, 1, true),
        ("建军节", Rule.Fixed, 8, 1, false), ("教师节", Rule.Fixed, 9, 10, false), ("国庆节", Rule.Fixed, 10, 1, false),
        ("国庆", Rule.Fixed, 10, 1, false), ("十一", Rule.Fixed, 10, 1, true), ("平安夜", Rule.Fixed, 12, 24, false),
        ("圣诞节", Rule.Fixed, 12, 25, false), ("圣诞", Rule.Fixed, 12, 25, false),
        ("春节", Rule.Lunar, 1, 1, false), ("过年", Rule.Lunar, 1, 1, true),
        ("除夕", Rule.LunarEve, 1, 1, false), ("元宵节", Rule.Lunar, 1, 15, false), ("元宵", Rule.Lunar, 1, 15, true),
        ("端午节", Rule.Lunar, 5, 5, false), ("端午", Rule.Lunar, 5, 5, false), ("七夕", Rule.Lunar, 7, 7, false),
        ("中秋节", Rule.Lunar, 8, 15, false), ("中秋", Rule.Lunar, 8, 15, false), ("重阳节", Rule.Lunar, 9, 9, false),
        ("腊八", Rule.Lunar, 12, 8, false), ("清明节", Rule.Qingming, 4, 5, false), ("清明", Rule.Qingming, 4, 5, false),
    ];

    private static readonly string[] Contexts = ["节", "假", "期间", "那天", "当天", "放假", "长假", "黄金周", "前", "后", "之前", "之后", "以前", "以后", "回来", "劳动", "国庆", "黄金"];

    private static readonly SearchValues<char> FirstChars = SearchValues.Create(string.Concat(Holidays.Select(h => h.Word[0])));

    public static bool TryRead(string text, int pos, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        if (pos >= text.Length || !FirstChars.Contains(text[pos]))
        {
            return false;
        }

        foreach (var (word, rule, month, day, needsContext) in Holidays)
        {
            if (!TextAt.Is(text, pos, word))
            {
                continue;
            }

            var end = pos + word.Length;
            if (needsContext && !HasContext(text, end))
            {
                return false;
            }

            if (end < text.Length && text[end] == '节' && !word.EndsWith('节'))
            {
                end++;
            }

            var future = Resolve(rule, month, day, today, forward: true);
            var past = Resolve(rule, month, day, today, forward: false);
            if (future is null)
            {
                return false;
            }

            var timex = rule == Rule.Fixed ? $"XXXX-{month:00}-{day:00}" : DateMath.Date(future.Value);
            phrase = new DatePhrase(pos, end, DateGranularity.Day, timex, future, past ?? future)
            {
                Year = future.Value.Year,
                Month = future.Value.Month,
            };
            return true;
        }

        return false;
    }

    private static bool HasContext(string text, int end)
    {
        foreach (var c in Contexts)
        {
            if (TextAt.Is(text, end, c))
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? Resolve(Rule rule, int month, int day, DateOnly today, bool forward)
    {
        for (var k = 0; k <= 2; k++)
        {
            var y = forward ? today.Year - 1 + k : today.Year - k;
            var d = OfYear(rule, month, day, y);
            if (d is { } v && (forward ? v >= today : v < today))
            {
                return v;
            }
        }

        return null;
    }

    private static DateOnly? OfYear(Rule rule, int month, int day, int year) => rule switch
    {
        Rule.Fixed => DateMath.Create(year, month, day),
        Rule.Lunar => LunarCalendar.ToGregorian(year, month, day),
        Rule.LunarEve => LunarCalendar.ToGregorian(year, 1, 1)?.AddDays(-1),
        Rule.Qingming => new DateOnly(year, 4, QingmingDay(year)),
        _ => null,
    };

    private static int QingmingDay(int year)
    {
        var y = year % 100;
        var c = year >= 2000 ? 4.81 : 5.59;
        return (int)Math.Floor((y * 0.2422) + c) - (y / 4);
    }
}
