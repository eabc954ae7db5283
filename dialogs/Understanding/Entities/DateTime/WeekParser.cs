using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
using System.Buffers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// Reads weekdays and weeks: 周五, 星期天, 礼拜天, 下周三, 这周五, 上上周一, 周末, 下周末, 下周.
/// Weeks start on Monday; a bare weekday resolves to the next one (today included).
/// </summary>
internal static class WeekParser
{
    private static readonly (string Word, int Offset)[] Prefixes =
    [
        ("上上个", -2), ("上上個", -2), ("下下个", 2), ("下下個", 2), ("上上", -2), ("下下", 2),
        ("上个", -1), ("上個", -1), ("下个", 1), ("下個", 1), ("这个", 0), ("這個", 0), ("本", 0), ("这", 0), ("這", 0),
        ("上", -1), ("下", 1),
    ];

    private static readonly string[] WeekWords = ["星期", "礼拜", "禮拜", "周", "週"];

    private static readonly SearchValues<char> FirstChars = SearchValues.Create("上下这這本星礼禮周週");

    public static bool TryRead(string text, int pos, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        if (pos >= text.Length || !FirstChars.Contains(text[pos]))
        {
            return false;
        }

        var i = pos;
        int? offset = null;
        var before = pos > 0 ? text[pos - 1] : ' ';
        var prefixAllowed = before is not ('楼' or '路' or '身' or '网' or '线' or '马' or '早' or '晚' or '桌' or '床' or '车' or '墙' or '地'
            or '手' or '脸' or '门' or '街' or '班' or '台');
        foreach (var (word, off) in Prefixes)
        {
            if (prefixAllowed && TextAt.Is(text, pos, word))
            {
                offset = off;
                i = pos + word.Length;
                break;
            }
        }

        var weekWordLength = 0;
        foreach (var w in WeekWords)
        {
            if (TextAt.Is(text, i, w))
            {
                weekWordLength = w.Length;
                break;
            }
        }

        if (weekWordLength == 0)
        {
            return false;
        }

        if (offset is null && pos > 0 && (ChineseNumerals.IsNumeralChar(text[pos - 1]) || text[pos - 1] is '个' or '個'))
        {
            return false; // 两周, 每周, 一个星期: not a weekday
        }

        i += weekWordLength;
        var c = i < text.Length ? text[i] : '\0';
        var isoDay = c switch
        {
            '一' => 1,
            '二' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '日' or '天' or '7' => 7,
            >= '1' and <= '6' => c - '0',
            _ => 0,
        };
        if (char.IsAsciiDigit(c) && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] is '.' or '次' or '个' or '天'))
        {
            return false; // 周12, 周1次
        }

        var weekStart = DateMath.WeekStart(today).AddDays(7 * (offset ?? 0));
        if (isoDay > 0)
        {
            if (c == '天' && i + 1 < text.Length && text[i + 1] is '气' or '天')
            {
                return false;
            }

            if (offset is not null)
            {
                var day = weekStart.AddDays(isoDay - 1);
                phrase = new DatePhrase(pos, i + 1, DateGranularity.Day, DateMath.Date(day), day, day) { Year = day.Year, Month = day.Month };
            }
            else
            {
                var (future, past) = DateMath.Weekday(today, isoDay);
                phrase = new DatePhrase(pos, i + 1, DateGranularity.Day, "XXXX-WXX-" + (char)('0' + isoDay), future, past);
            }

            return true;
        }

        if (c == '末' && !(TextAt.Is(text, i + 1, "愉快") || TextAt.Is(text, i + 1, "快乐")))
        {
            var saturday = weekStart.AddDays(5);
            var end = weekStart.AddDays(7);
            var ownerDay = saturday < today && offset is null or 0 ? today : saturday;
            phrase = new DatePhrase(pos, i + 1, DateGranularity.Weekend, DateMath.WeekTimex(saturday) + "-WE", saturday, saturday)
            {
                Gregorian = ownerDay,
                FutureEnd = end,
                PastEnd = end,
                Year = saturday.Year,
                Month = saturday.Month,
            };
            return true;
        }

        if (offset is null || weekWordLength == 0 || IsWeekCompound(text, i))
        {
            return false;
        }

        var weekEnd = weekStart.AddDays(7);
        phrase = new DatePhrase(pos, i, DateGranularity.Week, DateMath.WeekTimex(weekStart), weekStart, weekStart)
        {
            FutureEnd = weekEnd,
            PastEnd = weekEnd,
            SpecOnly = true,
        };
        return true;
    }

    private static bool IsWeekCompound(string text, int i) =>
        i < text.Length && text[i] is '年' or '岁' or '边' or '围' or '期' or '刊' or '报' or '到' or '全' or '转';
}
