using System.Buffers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Numbers;

/// <summary>
/// When a single Chinese digit (一, 两, 五, 零) is a number: when it is followed by the end, a space, a clause
/// mark or a measure word (两个, 一只, 三的, 四是), and is not part of a word that merely contains a numeral
/// (一切, 四川, 队伍, 大陆, 收拾, 十足).
/// </summary>
internal static class LoneDigitContext
{
    // Measure words, units and function words after which a single digit is read as a number.
    private const string FollowerChars =
        "个只条张件位名人次回遍趟下起天年月日号周点分秒刻时元块角毛钱斤克吨磅米尺寸升层楼栋幢座户口家种样项批份杯瓶箱包袋桶盒罐"
        + "台辆车船部架艘间套室厅房卫本册页章节段篇句字行列排组队班届级期季代世岁步声岸圈局场盘把根支枝颗粒片朵棵株头匹群双对副打倍度"
        + "成票亩方厘毫码碗碟桌盏顿道门扇面封笔串束堆滴环轮遭番拳脚眼手首曲集版张份款类路线站单幅枚笔"
        + "的和与或及到至以加减乘除等为";

    private const string FollowerMarks = "。，、（）“”,()";

    private static readonly string[] FollowerWords =
    [
        "小时", "公里", "公斤", "公分", "公顷", "英尺", "英寸", "进制", "学期", "大批", "大片", "周岁", "立方", "平方", "加仑",
    ];

    // Words in which a numeral character is not a number: the numeral's offset in the word is found at run time.
    private static readonly string[] AmbiguousWords =
    [
        "十足", "队伍", "入伍", "退伍", "伍仁", "放肆", "肆意", "肆无忌惮", "大陆", "陆地", "登陆", "海陆", "陆续", "着陆",
        "收拾", "拾取", "拾起", "拾到", "拾金", "朝花夕拾", "一切",
    ];

    private static readonly SearchValues<char> Followers = SearchValues.Create(FollowerChars);

    /// <summary>Whether a lone digit ending at <paramref name="end"/> (exclusive) reads as a number.</summary>
    public static bool AllowsLoneDigit(string text, int start, int end)
    {
        if (start > 0 && ChineseNumerals.Digit(text[start - 1]) >= 0)
        {
            return false;
        }

        if (end >= text.Length)
        {
            return true;
        }

        char next = text[end];
        if (next == ' ' || FollowerMarks.Contains(next) || Followers.Contains(next))
        {
            return true;
        }

        if (next == '是' || (end + 1 < text.Length && text[end + 1] == '是' && "这那不也还而却更但".Contains(next)))
        {
            return true;
        }

        foreach (string word in FollowerWords)
        {
            if (text.AsSpan(end).StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the one-character numeral at <paramref name="index"/> is part of an ordinary word (一切, 四川 are
    /// excluded by the follower rule; these are the ones the follower rule lets through).</summary>
    public static bool IsInsideWord(string text, int index)
    {
        char c = text[index];
        foreach (string word in AmbiguousWords)
        {
            for (int k = word.IndexOf(c, StringComparison.Ordinal); k >= 0; k = word.IndexOf(c, k + 1))
            {
                int wordStart = index - k;
                if (wordStart >= 0 && wordStart + word.Length <= text.Length && text.AsSpan(wordStart, word.Length).SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
