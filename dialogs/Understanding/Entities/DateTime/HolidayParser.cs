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
        NthWeekday,
    }

    /// <summary>
    /// Our dates for festival names, ours and the package's: the package lists names (and the weekday rules of the
    /// floating festivals) but no dates. 父亲节 is ours because the package's rule (-06-WXX-6-3) falls on a Saturday.
    /// </summary>
    private static readonly Holiday[] Ours =
    [
        new("元旦", Rule.Fixed, 1, 1), new("元旦节", Rule.Fixed, 1, 1), new("新年", Rule.Fixed, 1, 1, NeedsContext: true),
        new("情人节", Rule.Fixed, 2, 14), new("女生节", Rule.Fixed, 3, 7), new("妇女节", Rule.Fixed, 3, 8),
        new("植树节", Rule.Fixed, 3, 12), new("愚人节", Rule.Fixed, 4, 1), new("五一劳动节", Rule.Fixed, 5, 1),
        new("劳动节", Rule.Fixed, 5, 1), new("五一", Rule.Fixed, 5, 1, NeedsContext: true), new("青年节", Rule.Fixed, 5, 4),
        new("儿童节", Rule.Fixed, 6, 1), new("六一", Rule.Fixed, 6, 1, NeedsContext: true), new("建军节", Rule.Fixed, 8, 1),
        new("教师节", Rule.Fixed, 9, 10), new("国庆节", Rule.Fixed, 10, 1), new("国庆", Rule.Fixed, 10, 1),
        new("十一", Rule.Fixed, 10, 1, NeedsContext: true), new("万圣节", Rule.Fixed, 10, 31), new("光棍节", Rule.Fixed, 11, 11),
        new("双十一", Rule.Fixed, 11, 11), new("平安夜", Rule.Fixed, 12, 24), new("圣诞节", Rule.Fixed, 12, 25),
        new("圣诞", Rule.Fixed, 12, 25),
        new("父亲节", Rule.NthWeekday, 6, 7, Nth: 3),
        new("春节", Rule.Lunar, 1, 1), new("过年", Rule.Lunar, 1, 1, NeedsContext: true),
        new("除夕", Rule.LunarEve, 1, 1), new("元宵节", Rule.Lunar, 1, 15), new("元宵", Rule.Lunar, 1, 15, NeedsContext: true),
        new("端午节", Rule.Lunar, 5, 5), new("端午", Rule.Lunar, 5, 5), new("七夕", Rule.Lunar, 7, 7),
        new("中秋节", Rule.Lunar, 8, 15), new("中秋", Rule.Lunar, 8, 15), new("重阳节", Rule.Lunar, 9, 9),
        new("腊八", Rule.Lunar, 12, 8), new("清明节", Rule.Qingming, 4, 5), new("清明", Rule.Qingming, 4, 5),
    ];

    /// <summary>Ours, then the package's floating festivals we lack (母亲节, 感恩节); longest name first.</summary>
    private static readonly Holiday[] Holidays =
    [
        .. Ours.Concat(MicrosoftTables.FloatingHolidays
                .Where(f => !Ours.Any(o => o.Word == f.Key))
                .Select(f => new Holiday(f.Key, Rule.NthWeekday, f.Value.Month, f.Value.IsoDay, Nth: f.Value.Nth)))
            .Where(h => Ours.Any(o => o.Word == h.Word) || MicrosoftTables.HolidayNames.Contains(h.Word))
            .OrderByDescending(h => h.Word.Length),
    ];

    /// <summary>The package's festival names that have no date here (none is expected; a test keeps it so).</summary>
    internal static IEnumerable<string> PackageNamesWithoutDate =>
        MicrosoftTables.HolidayNames.Where(n => !Holidays.Any(h => h.Word == n));

    /// <summary>First characters of every festival name, for the extractor's fast skip.</summary>
    internal static string FirstCharacters => string.Concat(Holidays.Select(h => h.Word[0]).Distinct());

    private static readonly string[] Contexts = ["节", "假", "期间", "那天", "当天", "放假", "长假", "黄金周", "前", "后", "之前", "之后", "以前", "以后", "回来", "劳动", "国庆", "黄金"];

    private static readonly SearchValues<char> FirstChars = SearchValues.Create(FirstCharacters);

    public static bool TryRead(string text, int pos, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        if (pos >= text.Length || !FirstChars.Contains(text[pos]))
        {
            return false;
        }

        foreach (var (word, rule, month, day, needsContext, nth) in Holidays)
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

            var future = Resolve(rule, month, day, nth, today, forward: true);
            var past = Resolve(rule, month, day, nth, today, forward: false);
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

    private static DateOnly? Resolve(Rule rule, int month, int day, int nth, DateOnly today, bool forward)
    {
        for (var k = 0; k <= 2; k++)
        {
            var y = forward ? today.Year - 1 + k : today.Year - k;
            var d = OfYear(rule, month, day, nth, y);
            if (d is { } v && (forward ? v >= today : v < today))
            {
                return v;
            }
        }

        return null;
    }

    private static DateOnly? OfYear(Rule rule, int month, int day, int nth, int year) => rule switch
    {
        Rule.NthWeekday => NthWeekday(year, month, day, nth),
        Rule.Fixed => DateMath.Create(year, month, day),
        Rule.Lunar => LunarCalendar.ToGregorian(year, month, day),
        Rule.LunarEve => LunarCalendar.ToGregorian(year, 1, 1)?.AddDays(-1),
        Rule.Qingming => new DateOnly(year, 4, QingmingDay(year)),
        _ => null,
    };

    /// <summary>The <paramref name="nth"/> ISO weekday <paramref name="isoDay"/> of a month (母亲节: the second Sunday of May).</summary>
    private static DateOnly? NthWeekday(int year, int month, int isoDay, int nth)
    {
        var first = new DateOnly(year, month, 1);
        var day = first.AddDays(((isoDay - DateMath.IsoDay(first) + 7) % 7) + (7 * (nth - 1)));
        return day.Month == month ? day : null;
    }

    /// <summary>A festival: for <see cref="Rule.NthWeekday"/>, <c>Day</c> is the ISO weekday and <c>Nth</c> which one.</summary>
    private readonly record struct Holiday(string Word, Rule Rule, int Month, int Day, bool NeedsContext = false, int Nth = 0);

    private static int QingmingDay(int year)
    {
        var y = year % 100;
        var c = year >= 2000 ? 4.81 : 5.59;
        return (int)Math.Floor((y * 0.2422) + c) - (y / 4);
    }
}
