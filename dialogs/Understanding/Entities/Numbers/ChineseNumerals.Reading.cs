using ConciergeBot.Dialogs.Understanding.Entities.Temporal;

namespace ConciergeBot.Dialogs.Understanding.Entities.Numbers;

/// <summary>
/// Reading small integers (dates, times, durations): Arabic digits, Chinese numerals with 十百千 and digit-by-digit
/// years (二零零四), allocation-free. The character classes are in the other half of this class.
/// </summary>
internal static partial class ChineseNumerals
{
    /// <summary>True for characters that can be part of a number (Arabic or Chinese).</summary>
    public static bool IsNumeralChar(char c) => char.IsAsciiDigit(c) || Digit(c) >= 0 || Small(c) > 0 || Big(c) > 0;

    /// <summary>True for characters of a Chinese numeral.</summary>
    public static bool IsChineseNumeralChar(char c) => Digit(c) >= 0 || Small(c) > 0;

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
            hasUnit |= Small(text[end]) > 0;
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
                v = (v * 10) + Digit(text[i]);
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
            var d = Digit(c);
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

            var unit = Small(c);
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
