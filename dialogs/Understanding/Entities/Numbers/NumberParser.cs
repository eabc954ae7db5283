using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Entities.Numbers;

/// <summary>
/// Parses one number starting at a given position: Arabic, Chinese (两千四百五, 一万零五百, 四万万, 五兆六十二亿),
/// mixed (1千2, 3万5, 1.5万, 2千零30万), Chinese decimals (八十九点五), approximate multipliers (十多万),
/// dozens (十打), 半百, fractions (三分之一, 一又二分之一, 3/5) and signs (负, -). Spaces between the parts of one
/// numeral are allowed (一百 五 十 二). Whether a lone digit counts as a number is the caller's call.
/// </summary>
internal static class NumberParser
{
    private const int MaxTokens = 64;

    private enum Kind : byte
    {
        Digit,
        Zero,
        Small,
        Big,
    }

    public static bool TryParse(string text, int start, int limit, NumberSyntax syntax, out ParsedNumber number)
    {
        number = default;
        if (start >= limit)
        {
            return false;
        }

        int p = start;
        bool negative = false;
        if (ChineseNumerals.IsNegative(text[p]) || (text[p] == '-' && IsMinusSign(text, p, limit)))
        {
            negative = true;
            p = SkipSpaces(text, p + 1, limit);
        }

        if (p >= limit)
        {
            return false;
        }

        if (text[p] == '半')
        {
            if (!TryParseHalf(text, p, limit, out number))
            {
                return false;
            }
        }
        else if (!TryParseCompound(text, p, limit, syntax, out number))
        {
            return false;
        }

        if ((syntax & NumberSyntax.ChineseFractions) != 0 && TryParseChineseFraction(text, number, limit, syntax, out ParsedNumber fraction))
        {
            number = fraction;
        }
        else if ((syntax & NumberSyntax.SlashFractions) != 0 && TryParseSlashFraction(text, number, limit, out fraction))
        {
            number = fraction;
        }
        else if (number.End < limit && text[number.End] == '打' && !number.Has(NumberTraits.Decimal)
            && (number.End + 1 >= limit || !ChineseNumerals.IsNumeral(text[number.End + 1])))
        {
            number = new ParsedNumber(number.Start, number.End + 1, number.Value * 12, (number.Traits & ~NumberTraits.LoneDigit) | NumberTraits.Dozen);
        }

        number = negative
            ? new ParsedNumber(start, number.End, -number.Value, number.Traits | NumberTraits.Negative)
            : number with { Start = start };
        return true;
    }

    /// <summary>A minus sign, not a dash: not after a number, letter or another dash, and before a digit.</summary>
    public static bool IsMinusSign(string text, int index, int limit)
    {
        int next = SkipSpaces(text, index + 1, limit);
        if (next >= limit || !(ChineseNumerals.IsAsciiDigit(text[next]) || ArabicNumber.CanStartBareDecimal(text, next, limit)))
        {
            return false;
        }

        int before = index - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        if (before < 0)
        {
            return true;
        }

        char c = text[before];
        return !(c == '-' || c == '.' || ChineseNumerals.IsAsciiDigit(c) || ChineseNumerals.IsAsciiLetter(c) || ChineseNumerals.IsNumeral(c));
    }

    public static int SkipSpaces(string text, int index, int limit)
    {
        while (index < limit && text[index] == ' ')
        {
            index++;
        }

        return index;
    }

    private static bool TryParseHalf(string text, int p, int limit, out ParsedNumber number)
    {
        number = default;
        if (p + 1 >= limit)
        {
            return false;
        }

        double value = text[p + 1] switch
        {
            '百' or '佰' => 50,
            '千' or '仟' => 500,
            '万' or '萬' => 5000,
            '打' => 6,
            _ => 0,
        };
        if (value == 0 || (p + 2 < limit && ChineseNumerals.IsNumeral(text[p + 2])))
        {
            return false;
        }

        number = new ParsedNumber(p, p + 2, value, NumberTraits.Chinese | NumberTraits.Suffixed);
        return true;
    }

    private static bool TryParseCompound(string text, int p, int limit, NumberSyntax syntax, out ParsedNumber number)
    {
        number = default;
        Span<double> values = stackalloc double[MaxTokens];
        Span<Kind> kinds = stackalloc Kind[MaxTokens];
        Span<bool> singles = stackalloc bool[MaxTokens];
        Span<int> ends = stackalloc int[MaxTokens];
        int count = 0;
        int q = p;
        int lastSmall = int.MaxValue;
        bool approximatePending = false;
        bool endsWithArabic = false;
        NumberTraits traits = NumberTraits.None;
        bool spaced = (syntax & NumberSyntax.SpacedNumerals) != 0;

        while (count < MaxTokens)
        {
            int t = count == 0 || !spaced ? q : SkipSpaces(text, q, limit);
            if (t >= limit)
            {
                break;
            }

            char c = text[t];
            Kind? last = count == 0 ? null : kinds[count - 1];
            if (ChineseNumerals.IsAsciiDigit(c) || (count == 0 && ArabicNumber.CanStartBareDecimal(text, t, limit)))
            {
                if (approximatePending || (count > 0 && last is not (Kind.Small or Kind.Big or Kind.Zero)))
                {
                    break;
                }

                if (!ArabicNumber.TryRead(text, t, limit, (syntax & NumberSyntax.Exponents) != 0, out ArabicNumber.Result arabic)
                    || (count > 0 && (arabic.Decimal || arabic.Scientific)))
                {
                    break;
                }

                Add(kinds, values, singles, ends, ref count, Kind.Digit, arabic.Value, arabic.IntegerDigits == 1 && !arabic.Decimal, arabic.End);
                traits |= NumberTraits.Arabic
                    | (arabic.Decimal ? NumberTraits.Decimal : 0)
                    | (arabic.Grouped ? NumberTraits.Grouped : 0)
                    | (arabic.Scientific ? NumberTraits.Scientific : 0);
                q = arabic.End;
                endsWithArabic = true;
                if (arabic.Scientific)
                {
                    break;
                }

                continue;
            }

            int digit = ChineseNumerals.Digit(c);
            if (digit >= 0)
            {
                if (approximatePending || last == Kind.Digit)
                {
                    break;
                }

                Add(kinds, values, singles, ends, ref count, digit == 0 ? Kind.Zero : Kind.Digit, digit, true, t + 1);
                traits |= NumberTraits.Chinese;
                q = t + 1;
                endsWithArabic = false;
                continue;
            }

            int small = ChineseNumerals.Small(c);
            if (small > 0)
            {
                if (last == Kind.Small || small >= lastSmall || (count == 0 && small != 10 && !StartsDigit(text, t + 1, limit, spaced)))
                {
                    break;
                }

                Add(kinds, values, singles, ends, ref count, Kind.Small, small, false, t + 1);
                lastSmall = small;
                approximatePending = false;
                traits |= NumberTraits.Chinese | NumberTraits.Multiplier;
                q = t + 1;
                endsWithArabic = false;
                continue;
            }

            double big = ChineseNumerals.Big(c);
            if (big > 0)
            {
                if (count == 0)
                {
                    break;
                }

                if (last == Kind.Big)
                {
                    double combined = Combine(values[count - 1], big);
                    if (combined == 0)
                    {
                        break;
                    }

                    values[count - 1] = combined;
                    ends[count - 1] = t + 1;
                }
                else
                {
                    Add(kinds, values, singles, ends, ref count, Kind.Big, big, false, t + 1);
                }

                lastSmall = int.MaxValue;
                approximatePending = false;
                traits |= NumberTraits.Chinese | NumberTraits.Multiplier;
                q = t + 1;
                endsWithArabic = false;
                continue;
            }

            if (ChineseNumerals.IsApproximate(c) && count > 0 && !approximatePending && last != Kind.Big)
            {
                int after = spaced ? SkipSpaces(text, t + 1, limit) : t + 1;
                if (after < limit && (ChineseNumerals.Small(text[after]) > 0 || ChineseNumerals.Big(text[after]) > 0))
                {
                    approximatePending = true;
                    traits |= NumberTraits.Approximate;
                    q = t + 1;
                    continue;
                }
            }

            break;
        }

        // A trailing 零 (一千零) belongs to what follows, not to this number.
        while (count > 1 && kinds[count - 1] == Kind.Zero)
        {
            count--;
        }

        if (count == 0)
        {
            return false;
        }

        int end = ends[count - 1];
        endsWithArabic = endsWithArabic && end == ends[count - 1] && kinds[count - 1] == Kind.Digit && (traits & NumberTraits.Arabic) != 0
            && ChineseNumerals.IsAsciiDigit(text[end - 1]);
        double value = Evaluate(kinds[..count], values[..count], singles[..count]);
        if (count == 1 && kinds[0] is Kind.Digit or Kind.Zero && (traits & NumberTraits.Chinese) != 0)
        {
            traits |= NumberTraits.LoneDigit;
        }

        bool hasBig = kinds[..count].Contains(Kind.Big);
        if ((traits & NumberTraits.Arabic) == 0 && TryReadChineseDecimal(text, end, limit, spaced, value, out int decimalEnd, out double withDecimals))
        {
            end = decimalEnd;
            value = withDecimals;
            traits = (traits & ~NumberTraits.LoneDigit) | NumberTraits.Decimal;
            int afterDecimal = spaced ? SkipSpaces(text, end, limit) : end;
            if (!hasBig && afterDecimal < limit && ChineseNumerals.Big(text[afterDecimal]) is > 0 and var multiplier)
            {
                value *= multiplier;
                end = afterDecimal + 1;
                traits |= NumberTraits.Multiplier;
            }
        }
        else if (endsWithArabic && TryReadSuffix(text, end, limit, syntax, out int suffixEnd, out double factor))
        {
            end = suffixEnd;
            value *= factor;
            traits |= NumberTraits.Multiplier | NumberTraits.Suffixed;
        }

        number = new ParsedNumber(p, end, value, traits);
        return true;
    }

    private static void Add(Span<Kind> kinds, Span<double> values, Span<bool> singles, Span<int> ends, ref int count, Kind kind, double value, bool single, int end)
    {
        kinds[count] = kind;
        values[count] = value;
        singles[count] = single;
        ends[count] = end;
        count++;
    }

    private static bool StartsDigit(string text, int index, int limit, bool spaced)
    {
        index = spaced ? SkipSpaces(text, index, limit) : index;
        return index < limit && (ChineseNumerals.Digit(text[index]) > 0 || ChineseNumerals.IsAsciiDigit(text[index]));
    }

    /// <summary>万万 = 亿, 万亿 = 亿万 = 兆; other pairs of big multipliers do not combine.</summary>
    private static double Combine(double first, double second) => (first, second) switch
    {
        (1e4, 1e4) => 1e8,
        (1e4, 1e8) or (1e8, 1e4) => 1e12,
        _ => 0,
    };

    /// <summary>Value of a token run: split at the largest big multiplier, recursively; sections below 万 add up.</summary>
    private static double Evaluate(ReadOnlySpan<Kind> kinds, ReadOnlySpan<double> values, ReadOnlySpan<bool> singles)
    {
        int split = -1;
        double largest = 0;
        for (int i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.Big && values[i] > largest)
            {
                largest = values[i];
                split = i;
            }
        }

        if (split < 0)
        {
            return EvaluateSection(kinds, values, singles);
        }

        double left = split == 0 ? 1 : Evaluate(kinds[..split], values[..split], singles[..split]);
        int rightStart = split + 1;
        double right = kinds.Length - rightStart == 1 && kinds[rightStart] == Kind.Digit && singles[rightStart]
            ? values[rightStart] * largest / 10 // 一万三 = 13000
            : Evaluate(kinds[rightStart..], values[rightStart..], singles[rightStart..]);
        return (left * largest) + right;
    }

    private static double EvaluateSection(ReadOnlySpan<Kind> kinds, ReadOnlySpan<double> values, ReadOnlySpan<bool> singles)
    {
        double total = 0;
        double pending = -1;
        bool pendingSingle = false;
        double lastSmall = 0;
        bool afterZero = false;
        for (int i = 0; i < kinds.Length; i++)
        {
            switch (kinds[i])
            {
                case Kind.Digit:
                    pending = values[i];
                    pendingSingle = singles[i];
                    break;
                case Kind.Zero:
                    afterZero = true;
                    break;
                case Kind.Small:
                    total += (pending < 0 ? 1 : pending) * values[i];
                    pending = -1;
                    lastSmall = values[i];
                    afterZero = false;
                    break;
            }
        }

        if (pending >= 0)
        {
            // 两千四百五 = 2450, 一千陆 = 1600; 一千零五 = 1005.
            total += !afterZero && pendingSingle && lastSmall >= 100 ? pending * lastSmall / 10 : pending;
        }

        return total;
    }

    private static bool TryReadChineseDecimal(string text, int end, int limit, bool spaced, double integer, out int decimalEnd, out double value)
    {
        decimalEnd = end;
        value = integer;
        int point = spaced ? SkipSpaces(text, end, limit) : end;
        if (point >= limit || !ChineseNumerals.IsPoint(text[point]))
        {
            return false;
        }

        int first = spaced ? SkipSpaces(text, point + 1, limit) : point + 1;
        if (first >= limit || ChineseNumerals.DecimalDigit(text[first]) < 0)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        if (!integer.TryFormat(buffer, out int length, "F0", CultureInfo.InvariantCulture) || length > 40)
        {
            return false;
        }

        buffer[length++] = '.';
        int r = first;
        while (r < limit && length < buffer.Length && ChineseNumerals.DecimalDigit(text[r]) is >= 0 and var digit)
        {
            buffer[length++] = (char)('0' + digit);
            r++;
        }

        value = double.Parse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture);
        decimalEnd = r;
        return true;
    }

    private static bool TryReadSuffix(string text, int end, int limit, NumberSyntax syntax, out int suffixEnd, out double factor)
    {
        suffixEnd = end;
        factor = 1;
        int letter = end < limit && text[end] == ' ' ? end + 1 : end;
        if (letter >= limit || (letter + 1 < limit && (ChineseNumerals.IsAsciiLetter(text[letter + 1]) || ChineseNumerals.IsAsciiDigit(text[letter + 1]))))
        {
            return false;
        }

        char c = char.ToLowerInvariant(text[letter]);
        if ((syntax & NumberSyntax.MetricSuffix) != 0)
        {
            factor = c switch { 'k' => 1e3, 'm' => 1e6, 'g' => 1e9, 't' => 1e12, _ => 1 };
        }

        if (factor == 1 && (syntax & NumberSyntax.ColloquialSuffix) != 0 && letter == end)
        {
            factor = c switch { 'k' => 1e3, 'w' => 1e4, _ => 1 };
        }

        if (factor == 1)
        {
            return false;
        }

        suffixEnd = letter + 1;
        return true;
    }

    private static bool TryParseChineseFraction(string text, ParsedNumber whole, int limit, NumberSyntax syntax, out ParsedNumber fraction)
    {
        fraction = default;
        int q = SkipSpaces(text, whole.End, limit);
        if (q >= limit)
        {
            return false;
        }

        if (text[q] == '又')
        {
            int denominatorStart = SkipSpaces(text, q + 1, limit);
            if (denominatorStart >= limit || !TryParseCompound(text, denominatorStart, limit, syntax, out ParsedNumber denominator)
                || !TryReadOver(text, denominator, limit, syntax, out int end, out double ratio))
            {
                return false;
            }

            fraction = new ParsedNumber(whole.Start, end, whole.Value + ratio, (whole.Traits & ~NumberTraits.LoneDigit) | NumberTraits.Fraction);
            return true;
        }

        if (!TryReadOver(text, whole, limit, syntax, out int over, out double value))
        {
            return false;
        }

        fraction = new ParsedNumber(whole.Start, over, value, (whole.Traits & ~NumberTraits.LoneDigit) | NumberTraits.Fraction);
        return true;
    }

    /// <summary>Reads "分之 numerator" after a denominator: 三分之一, 一百分之五十五点五, 3分之负157.</summary>
    private static bool TryReadOver(string text, ParsedNumber denominator, int limit, NumberSyntax syntax, out int end, out double value)
    {
        end = 0;
        value = 0;
        int fen = SkipSpaces(text, denominator.End, limit);
        if (fen >= limit || text[fen] != '分')
        {
            return false;
        }

        int zhi = SkipSpaces(text, fen + 1, limit);
        if (zhi >= limit || text[zhi] != '之')
        {
            return false;
        }

        int numeratorStart = SkipSpaces(text, zhi + 1, limit);
        bool negative = numeratorStart < limit && ChineseNumerals.IsNegative(text[numeratorStart]);
        if (negative)
        {
            numeratorStart = SkipSpaces(text, numeratorStart + 1, limit);
        }

        if (numeratorStart >= limit || denominator.Value == 0
            || !TryParseCompound(text, numeratorStart, limit, syntax & ~NumberSyntax.MetricSuffix, out ParsedNumber numerator))
        {
            return false;
        }

        end = numerator.End;
        value = (negative ? -numerator.Value : numerator.Value) / denominator.Value;
        return true;
    }

    private static bool TryParseSlashFraction(string text, ParsedNumber whole, int limit, out ParsedNumber fraction)
    {
        fraction = default;
        if (whole.Traits != NumberTraits.Arabic || !IsPlainInteger(text, whole))
        {
            return false;
        }

        int q = whole.End;
        if (q + 1 < limit && text[q] == '/' && TryReadInteger(text, q + 1, limit, out int end, out double denominator) && denominator != 0)
        {
            fraction = new ParsedNumber(whole.Start, end, whole.Value / denominator, NumberTraits.Arabic | NumberTraits.Fraction);
            return true;
        }

        // Mixed number: 1 3/5
        if (q + 1 < limit && text[q] == ' ' && TryReadInteger(text, q + 1, limit, out int numeratorEnd, out double numerator)
            && numeratorEnd + 1 < limit && text[numeratorEnd] == '/'
            && TryReadInteger(text, numeratorEnd + 1, limit, out end, out denominator) && denominator != 0)
        {
            fraction = new ParsedNumber(whole.Start, end, whole.Value + (numerator / denominator), NumberTraits.Arabic | NumberTraits.Fraction);
            return true;
        }

        return false;
    }

    private static bool IsPlainInteger(string text, ParsedNumber number)
    {
        for (int i = number.Start; i < number.End; i++)
        {
            if (!ChineseNumerals.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadInteger(string text, int start, int limit, out int end, out double value)
    {
        end = start;
        value = 0;
        while (end < limit && ChineseNumerals.IsAsciiDigit(text[end]) && end - start < 15)
        {
            value = (value * 10) + (text[end] - '0');
            end++;
        }

        return end > start && (end >= limit || !ChineseNumerals.IsAsciiDigit(text[end]));
    }
}
