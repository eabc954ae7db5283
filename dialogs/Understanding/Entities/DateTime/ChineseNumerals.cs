namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// Small private numeral reader for the date/time recognizer: Arabic digits, Chinese numerals
/// (零〇一二两三四五六七八九十百千) and digit-by-digit years (二零零四). Allocation-free.
/// </summary>
internal static class ChineseNumerals
{
    /// <summary>Value of a single Chinese digit character, or -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' or '俩' => 2,
        '三' or '仨' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int UnitValue(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };

    /// <summary>True for characters that can be part of a number (Arabic or Chinese).</summary>
    public static bool IsNumeralChar(char c) => char.IsAsciiDigit(c) || DigitValue(c) >= 0 || UnitValue(c) > 0 || c == '万';

    /// <summary>True for characters of a Chinese numeral.</summary>
    public static bool IsChineseNumeralChar(char c) => DigitValue(c) >= 0 || UnitValue(c) > 0;

    /// <summary>
    /// Reads a non-negative integer at <paramref name="pos"/>: Arabic digits or a Chinese numeral below 10,000.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="pos">Start position.</param>
    /// <param name="value">The value read.</param>
    /// <param name="length">Characters consumed.</param>
    /// <param name="style">How the number was written.</param>
    public static bool TryRead(string text, int pos, out int value, out int length, out NumeralStyle style)
    {
        value = 0;
        length = 0;
        style = NumeralStyle.Arabic;
        if (pos >= text.Length)
        {
            return false;
        }

        if (char.IsAsciiDigit(text[pos]))
        {
            var i = pos;
            long v = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && i - pos < 9)
            {
                v = (v * 10) + (text[i] - '0');
                i++;
            }

            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                return false; // too long to be a date or time component
            }

            value = (int)v;
            length = i - pos;
            style = length > 1 && text[pos] == '0' ? NumeralStyle.ArabicLeadingZero : NumeralStyle.Arabic;
            return true;
        }

        return TryReadChinese(text, pos, out value, out length, out style);
    }

    private static bool TryReadChinese(string text, int pos, out int value, out int length, out NumeralStyle style)
    {
        value = 0;
        length = 0;
        style = NumeralStyle.Chinese;
        var end = pos;
        var hasUnit = false;
        while (end < text.Length && end - pos < 12 && IsChineseNumeralChar(text[end]))
        {
            hasUnit |= UnitValue(text[end]) > 0;
            end++;
        }

        if (end == pos)
        {
            return false;
        }

        if (!hasUnit)
        {
            // Digit by digit (二零零四, 一二零二) or a single digit.
            if (end - pos > 4)
            {
                end = pos + 4;
            }

            var v = 0;
            for (var i = pos; i < end; i++)
            {
                v = (v * 10) + DigitValue(text[i]);
            }

            value = v;
            length = end - pos;
            style = length > 1 ? NumeralStyle.ChineseDigits : NumeralStyle.Chinese;
            return true;
        }

        return TryReadChineseWithUnits(text, pos, end, out value, out length);
    }

    private static bool TryReadChineseWithUnits(string text, int pos, int end, out int value, out int length)
    {
        var total = 0;
        var pending = -1;
        var lastUnit = 0;
        var zeroSeen = false;
        var i = pos;
        for (; i < end; i++)
        {
            var c = text[i];
            var d = DigitValue(c);
            if (d >= 0)
            {
                if (pending > 0)
                {
                    break; // two digits in a row: the number ended before
                }

                zeroSeen |= d == 0;
                pending = d;
                continue;
            }

            var unit = UnitValue(c);
            if (lastUnit != 0 && unit >= lastUnit)
            {
                break;
            }

            total += (pending <= 0 ? (pending == 0 ? 0 : 1) : pending) * unit;
            lastUnit = unit;
            pending = -1;
            zeroSeen = false;
        }

        if (pending > 0)
        {
            // 两千五 = 2500, 一百五 = 150; 二十三 = 23.
            total += !zeroSeen && lastUnit >= 100 && i - pos >= 3 ? pending * (lastUnit / 10) : pending;
        }
        else if (pending == 0 && i - 1 >= pos && text[i - 1] is '零' or '〇')
        {
            i--; // a trailing 零 is not part of the number
        }

        value = total;
        length = i - pos;
        return length > 0;
    }
}
