namespace ConciergeBot.Dialogs.Understanding.Entities.Numbers;

/// <summary>Character classes of Chinese numerals (Simplified, with the common Traditional and financial forms).</summary>
internal static partial class ChineseNumerals
{
    /// <summary>1–9 for a Chinese digit (一 两 俩 仨 壹 贰 …), 0 for 零/〇, -1 otherwise.</summary>
    public static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '兩' or '贰' or '貳' or '俩' or '倆' => 2,
        '三' or '叁' or '仨' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>A digit as read in digit-by-digit sequences (rooms, phones): also 幺 for 1 and Arabic digits.</summary>
    public static int SequenceDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        '幺' => 1,
        '两' or '兩' or '俩' or '倆' or '仨' => -1,
        _ => Digit(c),
    };

    /// <summary>A digit allowed after 点 in a Chinese decimal (no 两/俩/仨).</summary>
    public static int DecimalDigit(char c) => c is '两' or '兩' or '俩' or '倆' or '仨' ? -1 : Digit(c);

    /// <summary>10, 100 or 1000 for 十 百 千 (拾 佰 仟), 0 otherwise.</summary>
    public static int Small(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>1e4, 1e8 or 1e12 for 万 亿 兆 (萬 億), 0 otherwise.</summary>
    public static double Big(char c) => c switch
    {
        '万' or '萬' => 1e4,
        '亿' or '億' => 1e8,
        '兆' => 1e12,
        _ => 0,
    };

    /// <summary>多 余 几: "more than" markers allowed before a multiplier (十多万, 五百余万, 二十几万).</summary>
    public static bool IsApproximate(char c) => c is '多' or '余' or '几' or '幾' or '餘';

    public static bool IsNegative(char c) => c is '负' or '負';

    public static bool IsPoint(char c) => c is '点' or '點';

    public static bool IsNumeral(char c) => Digit(c) >= 0 || Small(c) > 0 || Big(c) > 0;

    /// <summary>
    /// Chinese digits read one by one from <paramref name="start"/> (一二零二, 三零二, 幺零零四; no Arabic digits), at most
    /// <paramref name="maxDigits"/> of them: false when the run is longer, otherwise its value and where it ends (the run
    /// may be empty).
    /// </summary>
    public static bool TryDigitSequence(string text, int start, int maxDigits, out long value, out int end)
    {
        value = 0;
        end = start;
        while (end < text.Length && !IsAsciiDigit(text[end]) && SequenceDigit(text[end]) is >= 0 and var digit)
        {
            value = (value * 10) + digit;
            end++;
            if (end - start > maxDigits)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
