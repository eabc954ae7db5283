using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Entities.Numbers;

/// <summary>
/// Reads Arabic numerals: digits, thousands groups (1,050,000), decimals (10.5, .5), scientific notation
/// (2e5, 2.5^-1). A decimal is refused when it is part of a dotted chain (2222.2222.22 are integers, as are dates
/// written 2026.11.22).
/// </summary>
internal static class ArabicNumber
{
    private const int MaxDigits = 60;

    public readonly record struct Result(int End, double Value, int IntegerDigits, bool Decimal, bool Grouped, bool Scientific);

    /// <summary>Whether a bare decimal (.5) may start at <paramref name="index"/>: not after a digit or a dot.</summary>
    public static bool CanStartBareDecimal(string text, int index, int limit) =>
        text[index] == '.' && index + 1 < limit && ChineseNumerals.IsAsciiDigit(text[index + 1])
        && (index == 0 || (!ChineseNumerals.IsAsciiDigit(text[index - 1]) && text[index - 1] != '.'));

    public static bool TryRead(string text, int start, int limit, bool exponents, out Result result)
    {
        Span<char> buffer = stackalloc char[MaxDigits + 2];
        int length = 0;
        int q = start;
        while (q < limit && ChineseNumerals.IsAsciiDigit(text[q]))
        {
            Append(buffer, ref length, text[q]);
            q++;
        }

        int integerDigits = q - start;
        bool grouped = false;
        if (integerDigits is >= 1 and <= 3)
        {
            while (q + 3 < limit && text[q] == ',' && AllDigits(text, q + 1, 3) && (q + 4 >= limit || !ChineseNumerals.IsAsciiDigit(text[q + 4])))
            {
                Append(buffer, ref length, text[q + 1]);
                Append(buffer, ref length, text[q + 2]);
                Append(buffer, ref length, text[q + 3]);
                integerDigits += 3;
                q += 4;
                grouped = true;
            }
        }

        bool isDecimal = false;
        if (q + 1 < limit && text[q] == '.' && ChineseNumerals.IsAsciiDigit(text[q + 1]))
        {
            int r = q + 1;
            while (r < limit && ChineseNumerals.IsAsciiDigit(text[r]))
            {
                r++;
            }

            bool dottedChain = r + 1 < limit && text[r] == '.' && ChineseNumerals.IsAsciiDigit(text[r + 1]);
            bool afterDottedChain = start >= 2 && text[start - 1] == '.' && ChineseNumerals.IsAsciiDigit(text[start - 2]);
            if (!dottedChain && !afterDottedChain)
            {
                if (length == 0)
                {
                    Append(buffer, ref length, '0');
                }

                Append(buffer, ref length, '.');
                for (int i = q + 1; i < r; i++)
                {
                    Append(buffer, ref length, text[i]);
                }

                isDecimal = true;
                q = r;
            }
        }

        if (length == 0)
        {
            result = default;
            return false;
        }

        double value = double.Parse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture);
        bool scientific = false;
        if (exponents && q < limit && TryReadExponent(text, q, limit, out int exponentEnd, out int exponent, out bool power))
        {
            value = power ? Math.Pow(value, exponent) : value * Math.Pow(10, exponent);
            q = exponentEnd;
            scientific = true;
        }

        result = new Result(q, value, integerDigits, isDecimal, grouped, scientific);
        return true;
    }

    private static bool TryReadExponent(string text, int q, int limit, out int end, out int exponent, out bool power)
    {
        end = q;
        exponent = 0;
        power = text[q] == '^';
        if (!power && text[q] is not ('e' or 'E'))
        {
            return false;
        }

        int r = q + 1;
        bool negative = false;
        while (r < limit && text[r] is '-' or '+')
        {
            negative ^= text[r] == '-';
            r++;
        }

        if (r >= limit || !ChineseNumerals.IsAsciiDigit(text[r]))
        {
            return false;
        }

        if (text[r] == '0')
        {
            // Only a lone zero (2e0); 2e05 is not an exponent.
            if (power || (r + 1 < limit && ChineseNumerals.IsAsciiDigit(text[r + 1])))
            {
                return false;
            }

            end = r + 1;
            return true;
        }

        int digitsStart = r;
        while (r < limit && ChineseNumerals.IsAsciiDigit(text[r]) && r - digitsStart < 4)
        {
            exponent = (exponent * 10) + (text[r] - '0');
            r++;
        }

        if (r < limit && (ChineseNumerals.IsAsciiDigit(text[r]) || ChineseNumerals.IsAsciiLetter(text[r])))
        {
            return false;
        }

        exponent = negative ? -exponent : exponent;
        end = r;
        return true;
    }

    private static bool AllDigits(string text, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            if (!ChineseNumerals.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Append(Span<char> buffer, ref int length, char c)
    {
        if (length < buffer.Length)
        {
            buffer[length++] = c;
        }
    }
}
