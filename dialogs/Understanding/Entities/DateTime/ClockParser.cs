using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// Reads clock times: 15:30, 三点半, 十点一刻, 三点三刻, 7点40, 15点30分, 16时40分50秒, 零点整.
/// Guards against 点 used as a decimal point (八十九点五平) and 一点 meaning "a bit" (快一点, 小一点).
/// </summary>
internal static class ClockParser
{
    private static readonly string[] PointNouns =
    [
        "意见", "建议", "要求", "问题", "原因", "理由", "看法", "好处", "疑问", "事情", "内容", "想法", "注意",
        "说明", "区别", "共识", "优势", "缺点", "优点", "不足", "心得", "体会",
    ];

    /// <summary>Reads a clock time at <paramref name="pos"/>.</summary>
    /// <param name="text">Normalised text.</param>
    /// <param name="pos">Position of the hour.</param>
    /// <param name="hasContext">A day or part of the day comes right before, so a bare 一点 is a time.</param>
    /// <param name="clock">The clock time read.</param>
    public static bool TryRead(string text, int pos, bool hasContext, out ClockPhrase clock)
    {
        clock = default;
        if (pos < text.Length && text[pos] == '差')
        {
            return TryShortOfHour(text, pos, out clock);
        }

        if (pos >= text.Length || !ChineseNumerals.IsNumeralChar(text[pos]) || text[pos] is '万' or '百' or '千')
        {
            return false;
        }

        if (pos > 0 && IsNumberContinuation(text[pos - 1], text[pos]))
        {
            return false;
        }

        if (!ChineseNumerals.TryRead(text, pos, out var hour, out var len, out var style) || hour > 24)
        {
            return false;
        }

        var i = pos + len;
        if (i >= text.Length)
        {
            return false;
        }

        var arabic = style is NumeralStyle.Arabic or NumeralStyle.ArabicLeadingZero;
        if (arabic && text[i] == ':')
        {
            return TryReadColon(text, pos, i, hour, out clock);
        }

        if (arabic && hour is >= 1 and <= 12 && (pos == 0 || !char.IsAsciiLetterOrDigit(text[pos - 1])))
        {
            var m = text[i] == ' ' ? i + 1 : i;
            if (TryMeridiem(text, m, out var meridiem, out var merLength))
            {
                clock = new ClockPhrase(pos, m + merLength, hour, 0, 0, false, false, meridiem); // 3pm, 10 am
                return true;
            }
        }

        return text[i] switch
        {
            '点' => TryReadDian(text, pos, i + 1, hour, arabic, hasContext, out clock),
            '时' => TryReadShi(text, pos, i + 1, hour, hasContext, out clock),
            _ => false,
        };
    }

    /// <summary>差一刻十点, 差5分10点, 差十分钟八点: the minutes short of a whole hour.</summary>
    private static bool TryShortOfHour(string text, int pos, out ClockPhrase clock)
    {
        clock = default;
        if (!TryShortOf(text, pos + 1, out var minutes, out var length))
        {
            return false;
        }

        var at = pos + 1 + length;
        if (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (!TryRead(text, at, hasContext: true, out var hour) || hour.HasMinute || hour.Meridiem != 0 || hour.Hour is < 1 or > 24)
        {
            return false;
        }

        clock = new ClockPhrase(pos, hour.End, hour.Hour - 1, 60 - minutes, 0, true, false, 0);
        return true;
    }

    /// <summary>The amount after 差: 一刻 / 一刻钟 (15) or 5分 / 十分钟 (1–29 minutes).</summary>
    private static bool TryShortOf(string text, int pos, out int minutes, out int length)
    {
        length = 0;
        if (MicrosoftTables.TryQuarter(text, pos, out minutes, out length))
        {
            return minutes == 15;
        }

        if (!ChineseNumerals.TryRead(text, pos, out minutes, out var len, out _) || minutes is < 1 or > 29 || !TextAt.Is(text, pos + len, "分"))
        {
            return false;
        }

        length = len + (TextAt.Is(text, pos + len, "分钟") ? 2 : 1);
        return true;
    }

    private static bool IsNumberContinuation(char before, char first)
    {
        if (char.IsAsciiDigit(first))
        {
            return char.IsAsciiDigit(before) || before == '.';
        }

        return ChineseNumerals.IsChineseNumeralChar(before) || before == '万';
    }

    private static bool TryReadColon(string text, int pos, int colon, int hour, out ClockPhrase clock)
    {
        clock = default;
        if (pos > 0 && (char.IsAsciiDigit(text[pos - 1]) || text[pos - 1] is '.' or ':'))
        {
            return false;
        }

        if (!TwoDigits(text, colon + 1, out var minute) || minute > 59)
        {
            return false;
        }

        var end = colon + 3;
        var second = 0;
        var hasSecond = false;
        if (end < text.Length && text[end] == ':')
        {
            if (!TwoDigits(text, end + 1, out second) || second > 59)
            {
                return false;
            }

            hasSecond = true;
            end += 3;
        }

        if (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == ':' ||
            (text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            return false;
        }

        // "05:30": an hour written with a leading zero is a 24-hour clock, the morning.
        var meridiem = text[pos] == '0' && hour is >= 1 and <= 9 ? 1 : 0;
        var m = end < text.Length && text[end] == ' ' ? end + 1 : end;
        if (hour <= 12 && TryMeridiem(text, m, out var mer, out var merLen))
        {
            meridiem = mer;
            end = m + merLen;
        }

        clock = new ClockPhrase(pos, end, hour, minute, second, true, hasSecond, meridiem);
        return true;
    }

    private static bool TryMeridiem(string text, int pos, out int meridiem, out int length)
    {
        meridiem = 0;
        length = 0;
        if (pos + 1 >= text.Length)
        {
            return false;
        }

        var c = char.ToLowerInvariant(text[pos]);
        if (c is not ('a' or 'p'))
        {
            return false;
        }

        meridiem = c == 'a' ? 1 : 2;
        if (char.ToLowerInvariant(text[pos + 1]) == 'm')
        {
            length = 2;
        }
        else if (pos + 3 < text.Length && text[pos + 1] == '.' && char.ToLowerInvariant(text[pos + 2]) == 'm' && text[pos + 3] == '.')
        {
            length = 4;
        }
        else
        {
            return false;
        }

        return pos + length >= text.Length || !char.IsAsciiLetter(text[pos + length]);
    }

    private static bool TwoDigits(string text, int pos, out int value)
    {
        value = 0;
        if (pos + 1 >= text.Length || !char.IsAsciiDigit(text[pos]) || !char.IsAsciiDigit(text[pos + 1]))
        {
            return false;
        }

        value = ((text[pos] - '0') * 10) + (text[pos + 1] - '0');
        return true;
    }

    private static bool TryReadDian(string text, int pos, int i, int hour, bool arabic, bool hasContext, out ClockPhrase clock)
    {
        clock = default;
        var minute = 0;
        var second = 0;
        var hasMinute = false;
        var hasSecond = false;
        var strong = false;
        if (i < text.Length)
        {
            var c = text[i];
            if (c == '钟')
            {
                i++;
                strong = true;
            }
            else if (MicrosoftTables.TryHalf(text, i, out var halfLength))
            {
                minute = 30; // 三点半, 三点过半
                hasMinute = true;
                strong = true;
                i += halfLength;
            }
            else if (c == '整')
            {
                strong = true;
                i++;
            }
            else if (MicrosoftTables.TryQuarter(text, i, out var quarterMinutes, out var quarterLength))
            {
                minute = quarterMinutes; // 十点一刻, 11点3刻, 两刻钟
                hasMinute = true;
                strong = true;
                i += quarterLength;
            }
            else if (c == '差' && TryShortOf(text, i + 1, out var shortOf, out var shortLength) && hour >= 1)
            {
                clock = new ClockPhrase(pos, i + 1 + shortLength, hour - 1, 60 - shortOf, 0, true, false, 0); // 十点差一刻
                return true;
            }
            else if (ChineseNumerals.IsNumeralChar(c) && c is not ('万' or '百' or '千'))
            {
                var r = ReadMinutes(text, i, out minute, out second, out hasSecond);
                if (r < 0)
                {
                    return false; // a decimal number such as 3点5万 or 八十九点五平
                }

                if (r > i)
                {
                    hasMinute = true;
                    strong = true;
                    i = r;
                }
            }
        }

        if (!strong && !BareHourAllowed(text, pos, i, hour, arabic, hasContext))
        {
            return false;
        }

        clock = new ClockPhrase(pos, i, hour, minute, second, hasMinute, hasSecond, 0);
        return true;
    }

    /// <summary>Reads minutes after 点; returns the end, the same position if none, or -1 for a decimal number.</summary>
    private static int ReadMinutes(string text, int i, out int minute, out int second, out bool hasSecond)
    {
        second = 0;
        hasSecond = false;
        if (!ChineseNumerals.TryRead(text, i, out minute, out var len, out var style) || minute > 59)
        {
            return -1;
        }

        var j = i + len;
        if (j < text.Length && text[j] == '分')
        {
            j++;
            if (j < text.Length && text[j] == '钟')
            {
                j++;
            }
            else if (ChineseNumerals.TryRead(text, j, out var s, out var sLen, out _) && s <= 59 &&
                     j + sLen < text.Length && text[j + sLen] == '秒')
            {
                second = s;
                hasSecond = true;
                j += sLen + 1;
            }

            return j;
        }

        // Without 分 the minutes must look like minutes: 7点40, 7点05, 九点二十, 三点零五.
        var looksLikeMinutes = style switch
        {
            NumeralStyle.ArabicLeadingZero => len == 2,
            NumeralStyle.Arabic => len == 2,
            NumeralStyle.ChineseDigits => text[i] is '零' or '〇' && len == 2,
            _ => minute >= 10,
        };
        if (!looksLikeMinutes || (j < text.Length && IsQuantityUnit(text[j])))
        {
            return -1;
        }

        return j;
    }

    private static bool IsQuantityUnit(char c) => c is '元' or '块' or '万' or '亿' or '平' or '米' or '公' or '斤' or '倍' or '%'
        or '度' or '吨' or '克' or '升' or '个' or '千' or '百' or '岁' or '分' or '毛' or '角' or '.';

    private static bool BareHourAllowed(string text, int pos, int end, int hour, bool arabic, bool hasContext)
    {
        foreach (var noun in PointNouns)
        {
            if (TextAt.Is(text, end, noun))
            {
                return false;
            }
        }

        if (end < text.Length && text[end] is '儿' or '点' or '滴')
        {
            return false;
        }

        if (hasContext || arabic || hour != 1)
        {
            return true;
        }

        // 一点 alone is usually "a bit" (快一点, 小一点, 有一点): only a time with a clear frame around it.
        var left = pos == 0 ? ' ' : text[pos - 1];
        var leftOk = left is ' ' or ',' or '.' or '!' or '?' or ';' or ':' or '、' or '。' or '到' or '至' or '在' or '于'
            or '约' or '等' or '是' or '都' or '从' or '~' or '-' or '已' or '经' or '过';
        if (!leftOk)
        {
            return false;
        }

        if (end >= text.Length)
        {
            return true;
        }

        var right = text[end];
        return right is ' ' or ',' or '.' or '!' or '?' or '了' or '多' or '前' or '后' or '到' or '至' or '左' or '以' or '之'
            or '过' or '~' or '-' or '开' or '再' or '来' or '去';
    }

    private static bool TryReadShi(string text, int pos, int i, int hour, bool hasContext, out ClockPhrase clock)
    {
        clock = default;
        if (i < text.Length && text[i] is '间' or '候' or '代' or '期' or '段' or '刻' or '光' or '机' or '差' or '速' or '效' or '态' or '节')
        {
            return false;
        }

        if (i < text.Length && ChineseNumerals.IsNumeralChar(text[i]) &&
            ChineseNumerals.TryRead(text, i, out var minute, out var len, out _) && minute <= 59 &&
            i + len < text.Length && text[i + len] == '分')
        {
            var j = i + len + 1;
            var second = 0;
            var hasSecond = false;
            if (ChineseNumerals.TryRead(text, j, out var s, out var sLen, out _) && s <= 59 &&
                j + sLen < text.Length && text[j + sLen] == '秒')
            {
                second = s;
                hasSecond = true;
                j += sLen + 1;
            }

            clock = new ClockPhrase(pos, j, hour, minute, second, true, hasSecond, 0);
            return true;
        }

        if (i < text.Length && text[i] == '半' && hasContext)
        {
            clock = new ClockPhrase(pos, i + 1, hour, 30, 0, true, false, 0);
            return true;
        }

        if (!hasContext)
        {
            return false;
        }

        var end = i < text.Length && text[i] is '整' or '许' ? i + 1 : i;
        clock = new ClockPhrase(pos, end, hour, 0, 0, false, false, 0);
        return true;
    }
}
