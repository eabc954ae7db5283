using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// Reads lengths of time: 两个小时, 半小时, 一个半小时, 3天, 一周, 20分钟, 两个多小时, 三个月, 三年半,
/// and compounds (8天20小时, 一年多三个月又20天, 五个星期3小时).
/// </summary>
internal static class DurationParser
{
    private enum Unit
    {
        None,
        Year,
        Month,
        Week,
        Day,
        Hour,
        Minute,
        Second,
    }

    /// <summary>Reads a duration at <paramref name="pos"/>; <paramref name="end"/> is one past its last character.</summary>
    public static bool TryRead(string text, int pos, out DurationValue value, out int end)
    {
        value = null!;
        end = pos;
        if (pos >= text.Length || IsIdiom(text, pos))
        {
            return false;
        }

        if (pos > 0 && (text[pos - 1] == '第' || text[pos - 1] == '.' || IsAsciiAlnum(text[pos - 1]) ||
            (ChineseNumerals.IsNumeralChar(text[pos - 1]) && ChineseNumerals.IsNumeralChar(text[pos]))))
        {
            return false;
        }

        if (pos >= 2 && text[pos - 2] == '最' && text[pos - 1] == '后')
        {
            return false; // 最后一天, 最后一个周三: a place in a month, not a length of time
        }

        Span<double> amounts = stackalloc double[8];
        var i = pos;
        var count = 0;
        var last = Unit.None;
        while (TryComponent(text, i, last, out var unit, out var amount, out var next) && amounts[(int)unit] == 0)
        {
            amounts[(int)unit] = amount;
            count++;
            last = unit;
            end = next;
            i = next;
            if (i < text.Length && text[i] is '又' or '零' or '余' or '多' or '和')
            {
                i++;
            }
            else if (i < text.Length && text[i] == ' ' && i + 1 < text.Length && ChineseNumerals.IsNumeralChar(text[i + 1]))
            {
                i++;
            }
        }

        if (count == 0)
        {
            return false;
        }

        value = new DurationValue(amounts[1], amounts[2], amounts[3], amounts[4], amounts[5], amounts[6], amounts[7]);
        return true;
    }

    private static readonly string[] Idioms = ["三天两头", "一天到晚", "一年到头", "一年四季", "三天打鱼", "一时半会"];

    /// <summary>Set phrases that are not lengths of time: 三天两头 (often), 一天到晚 (all the time).</summary>
    private static bool IsIdiom(string text, int pos)
    {
        foreach (var idiom in Idioms)
        {
            if (TextAt.Is(text, pos, idiom))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    private static bool TryComponent(string text, int pos, Unit previous, out Unit unit, out double amount, out int end)
    {
        unit = Unit.None;
        amount = 0;
        end = pos;
        if (pos >= text.Length)
        {
            return false;
        }

        var i = pos;
        var half = false;
        NumeralStyle style = NumeralStyle.Chinese;
        var numberLength = 0;
        if (text[i] == '半')
        {
            amount = 0.5;
            i++;
        }
        else if (!TryNumber(text, i, out amount, out numberLength, out style) || style == NumeralStyle.ChineseDigits)
        {
            return false; // 三四天 is "three or four days"
        }
        else if (text[i] == '两' && pos > 0 && text[pos - 1] is '这' or '那' or '前' or '后' or '近')
        {
            return false; // 这两天, 前两天: "these few days"
        }
        else
        {
            i += numberLength;
        }

        if (i < text.Length && text[i] == ' ')
        {
            i++; // 6 天, 5 小时
        }

        if (i < text.Length && (text[i] is '多' or '整' || (text[i] == '来' && amount >= 10)) && numberLength > 0)
        {
            i++; // 十多天, 一整天, 二十来分钟
        }

        var withGe = false;
        if (i < text.Length && text[i] == '个')
        {
            withGe = true;
            i++;
            if (i < text.Length && text[i] == '半' && numberLength > 0)
            {
                half = true; // 一个半小时
                i++;
            }
            else if (i < text.Length && text[i] == '多')
            {
                i++; // 两个多小时
            }
        }

        if (!TryUnit(text, i, withGe, previous, out unit, out var unitLength))
        {
            return false;
        }

        if (unit == Unit.Year && numberLength > 0 && LooksLikeCalendarYear(text, pos, numberLength, style, amount, i + unitLength))
        {
            return false;
        }

        if (amount >= 1000 && unit is not Unit.Year)
        {
            return false; // a room or order number before 天天/小时
        }

        if (unit == Unit.Week && i + unitLength < text.Length && IsWeekdayChar(text[i + unitLength]) && !withGe)
        {
            return false; // 周三, 周末 after a number belong to a weekday
        }

        end = i + unitLength;
        if (end < text.Length && IsCompoundWordAfter(unit, text[end]))
        {
            return false; // 一年级, 三天然气, 一周年
        }

        if (half)
        {
            amount += 0.5;
        }
        else if (end < text.Length && text[end] == '半' && numberLength > 0 && unit is Unit.Year or Unit.Month or Unit.Day or Unit.Hour &&
                 !(end + 1 < text.Length && text[end + 1] is '天' or '个' or '小' or '年' or '月' or '钟' or '夜' or '价'))
        {
            amount += 0.5; // 三年半, 两天半, 三个月半 (= 三个半月)
            end++;
        }

        if (unit == Unit.Day && amount == 0.5 && numberLength == 0)
        {
            return false; // 半天 is mostly "ages" in owners' messages
        }

        return amount > 0;
    }

    private static bool IsCompoundWordAfter(Unit unit, char next) => unit switch
    {
        Unit.Year => next is '级' or '纪' or '代' or '轻' or '龄' or '初' or '底' or '末' or '终' or '度' or '会' or '货' or '夜' or '糕' or '画' or '关',
        Unit.Day => next is '天' or '气' or '然' or '空' or '花' or '台' or '井' or '桥' or '线' or '猫' or '使' or '堂' or '津' or '鹅' or '才' or '真',
        Unit.Week => next is '年' or '岁' or '边' or '围' or '刊' or '报',
        _ => false,
    };

    private static bool IsWeekdayChar(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '日' or '天' or '末' or '七';

    private static bool TryNumber(string text, int pos, out double amount, out int length, out NumeralStyle style)
    {
        amount = 0;
        length = 0;
        style = NumeralStyle.Arabic;
        if (!ChineseNumerals.IsNumeralChar(text[pos]) || text[pos] is '万' or '百' or '千')
        {
            return false;
        }

        if (!ChineseNumerals.TryRead(text, pos, out var n, out length, out style))
        {
            return false;
        }

        amount = n;
        var j = pos + length;
        if (char.IsAsciiDigit(text[pos]) && j + 1 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            var k = j + 1;
            var scale = 0.1;
            while (k < text.Length && char.IsAsciiDigit(text[k]) && k - j <= 3)
            {
                amount += (text[k] - '0') * scale;
                scale /= 10;
                k++;
            }

            length = k - pos;
        }

        return true;
    }

    private static bool TryUnit(string text, int pos, bool withGe, Unit previous, out Unit unit, out int length)
    {
        unit = Unit.None;
        length = 0;
        if (pos >= text.Length)
        {
            return false;
        }

        var c = text[pos];
        var next = pos + 1 < text.Length ? text[pos + 1] : '\0';
        (unit, length) = c switch
        {
            '小' when next == '时' => (Unit.Hour, 2),
            '钟' when next == '头' => (Unit.Hour, 2),
            '钟' when withGe => (Unit.Hour, 1),
            '分' when next == '钟' => (Unit.Minute, 2),
            '分' when previous == Unit.Hour && !withGe => (Unit.Minute, 1),
            '秒' => (Unit.Second, next == '钟' ? 2 : 1),
            '星' when next == '期' => (Unit.Week, 2),
            '礼' when next == '拜' => (Unit.Week, 2),
            '周' or '週' => (Unit.Week, 1),
            '天' => (Unit.Day, 1),
            '工' when next == '作' && pos + 2 < text.Length && text[pos + 2] == '日' => (Unit.Day, 3),
            '年' => (Unit.Year, 1),
            '月' when withGe => (Unit.Month, 1),
            '时' when previous == Unit.Day && !withGe => (Unit.Hour, 1),
            _ => (Unit.None, 0),
        };
        return unit != Unit.None;
    }

    /// <summary>2018年, 08年, 二零一七年, 两千年, 18年10月 name a year, not a number of years.</summary>
    private static bool LooksLikeCalendarYear(string text, int pos, int numberLength, NumeralStyle style, double amount, int afterYear)
    {
        if (amount >= 1000 || style is NumeralStyle.ArabicLeadingZero or NumeralStyle.ChineseDigits)
        {
            return true;
        }

        if (style == NumeralStyle.Arabic && numberLength >= 2)
        {
            // 18年10月, 19年2月3日
            var j = afterYear;
            if (ChineseNumerals.TryRead(text, j, out var month, out var len, out _) && month is >= 1 and <= 12 &&
                j + len < text.Length && text[j + len] == '月')
            {
                return true;
            }
        }

        return false;
    }
}
