using System.Buffers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Numbers;

/// <summary>
/// Finds percentages; the value is in percent (30 for 30%): 百分之三十, 千分之五, 30%, 负3.9%, 十五个百分点,
/// and discounts/proportions 八折 (80), 七五折 (75), 9.5折, 打对折 (50), 三成 (30), 三成半 (35), 七成六 (76).
/// </summary>
internal static class PercentScanner
{
    // Every percentage contains one of these: %, 分 (百分之, 百分点), 折, 成.
    private static readonly SearchValues<char> Marks = SearchValues.Create("%分折成");

    public static void Scan(string text, NumberSyntax syntax, List<ParsedNumber> percents)
    {
        if (text.AsSpan().IndexOfAny(Marks) < 0)
        {
            return;
        }

        int i = 0;
        while (i < text.Length)
        {
            if (TryParseAt(text, i, syntax, out ParsedNumber percent))
            {
                percents.Add(percent);
                i = percent.End;
            }
            else
            {
                i++;
            }
        }
    }

    public static bool TryParseAt(string text, int i, NumberSyntax syntax, out ParsedNumber percent)
    {
        percent = default;
        char c = text[i];
        if (!(ChineseNumerals.IsAsciiDigit(c) || ChineseNumerals.IsNumeral(c) || c is '半' or '对' or '對' or '-' or '.' || ChineseNumerals.IsNegative(c)))
        {
            return false;
        }

        if (i > 0 && (ChineseNumerals.IsAsciiDigit(text[i - 1]) || (ChineseNumerals.Digit(text[i - 1]) >= 0 && c != '负')))
        {
            return false;
        }

        if (c is '百' or '佰' or '千' or '仟' or '万' or '萬' && TryPerHundred(text, i, syntax, out percent))
        {
            return true;
        }

        if (c == '半' && i + 1 < text.Length)
        {
            if (text[i + 1] == '折')
            {
                percent = new ParsedNumber(i, i + 2, 50, NumberTraits.Chinese);
                return true;
            }

            if (text[i + 1] == '成')
            {
                percent = new ParsedNumber(i, i + 2, 5, NumberTraits.Chinese);
                return true;
            }
        }

        if (c is '对' or '對' && i > 0 && text[i - 1] == '打' && i + 1 < text.Length && text[i + 1] == '折')
        {
            percent = new ParsedNumber(i, i + 2, 50, NumberTraits.Chinese);
            return true;
        }

        return TryFold(text, i, out percent) || TryNumberFirst(text, i, syntax, out percent);
    }

    // 百分之X, 千分之X, 万分之X, 百万分之X ...
    private static bool TryPerHundred(string text, int i, NumberSyntax syntax, out ParsedNumber percent)
    {
        percent = default;
        int n = text.Length;
        double denominator = 1;
        int q = i;
        while (q < n && (ChineseNumerals.Small(text[q]) is 100 or 1000 || ChineseNumerals.Big(text[q]) == 1e4))
        {
            denominator *= ChineseNumerals.Small(text[q]) is > 0 and var small ? small : 1e4;
            q = NumberParser.SkipSpaces(text, q + 1, n);
        }

        if (q >= n || text[q] != '分')
        {
            return false;
        }

        q = NumberParser.SkipSpaces(text, q + 1, n);
        if (q >= n || text[q] != '之')
        {
            return false;
        }

        q = NumberParser.SkipSpaces(text, q + 1, n);
        if (q >= n)
        {
            return false;
        }

        double value;
        int end;
        if (denominator == 100 && text[q] is '百' or '佰' && (q + 1 >= n || !ChineseNumerals.IsNumeral(text[q + 1])))
        {
            value = 100;
            end = q + 1;
        }
        else
        {
            if (!NumberParser.TryParse(text, q, n, syntax & ~NumberSyntax.ChineseFractions & ~NumberSyntax.SlashFractions, out ParsedNumber number)
                || (number.End < n && ChineseNumerals.Digit(text[number.End]) >= 0))
            {
                return false;
            }

            value = number.Value * 100 / denominator;
            end = number.End;
        }

        percent = new ParsedNumber(i, end, value, NumberTraits.Chinese);
        return true;
    }

    // X个百分点, X%
    private static bool TryNumberFirst(string text, int i, NumberSyntax syntax, out ParsedNumber percent)
    {
        percent = default;
        int n = text.Length;
        if (!NumberParser.TryParse(text, i, n, syntax & ~NumberSyntax.ChineseFractions, out ParsedNumber number))
        {
            return false;
        }

        int q = NumberParser.SkipSpaces(text, number.End, n);
        if (q < n && text[q] == '%' && number.Has(NumberTraits.Arabic) && !number.Has(NumberTraits.Chinese)
            && (i == 0 || text[i - 1] != '%') && (q + 1 >= n || !ChineseNumerals.IsAsciiDigit(text[q + 1])))
        {
            percent = number with { End = q + 1 };
            return true;
        }

        if (q < n && text[q] is '个' or '個' && TryMatchSpaced(text, q + 1, "百分点", out int end))
        {
            percent = number with { End = end };
            return true;
        }

        return false;
    }

    // 八折 七五折 9.5折 三点一折; 三成 三成半 七成六 9.5成 10成
    private static bool TryFold(string text, int i, out ParsedNumber percent)
    {
        percent = default;
        int n = text.Length;
        int first = FoldDigit(text[i], out bool arabic);
        bool ten = !arabic && text[i] is '十' or '拾';
        if (first < 0 && !ten)
        {
            return false;
        }

        if (arabic && i + 1 < n && text[i] == '1' && text[i + 1] == '0')
        {
            // 10成 = 100%
            int tenEnd = NumberParser.SkipSpaces(text, i + 2, n);
            if (tenEnd < n && text[tenEnd] == '成')
            {
                percent = new ParsedNumber(i, tenEnd + 1, 100, NumberTraits.Arabic);
                return true;
            }
        }

        int q = i + 1;
        int second = -1;
        if (!ten)
        {
            int r = NumberParser.SkipSpaces(text, q, n);
            if (r < n && (text[r] == '.' || ChineseNumerals.IsPoint(text[r])))
            {
                r = NumberParser.SkipSpaces(text, r + 1, n);
            }

            if (r < n && FoldDigit(text[r], out bool secondArabic) is >= 0 and var d && secondArabic == arabic)
            {
                second = d;
                q = r + 1;
            }
        }

        int mark = NumberParser.SkipSpaces(text, q, n);
        if (mark >= n)
        {
            return false;
        }

        NumberTraits traits = arabic ? NumberTraits.Arabic : NumberTraits.Chinese;
        if (text[mark] == '折' && !ten)
        {
            percent = new ParsedNumber(i, mark + 1, second >= 0 ? (first * 10) + second : first * 10, traits);
            return first > 0;
        }

        if (text[mark] != '成')
        {
            return false;
        }

        double value = ten ? 100 : (first * 10) + Math.Max(second, 0);
        int end = mark + 1;
        if (second < 0 && !ten)
        {
            int after = NumberParser.SkipSpaces(text, end, n);
            if (after < n && text[after] == '半')
            {
                value += 5;
                end = after + 1;
            }
            else if (after < n && FoldDigit(text[after], out bool afterArabic) is >= 0 and var tenth && afterArabic == arabic
                && (after + 1 >= n || !ChineseNumerals.IsNumeral(text[after + 1])))
            {
                value += tenth;
                end = after + 1;
            }
        }

        percent = new ParsedNumber(i, end, value, traits);
        return true;
    }

    private static int FoldDigit(char c, out bool arabic)
    {
        arabic = ChineseNumerals.IsAsciiDigit(c);
        return arabic ? c - '0' : ChineseNumerals.Digit(c);
    }

    private static bool TryMatchSpaced(string text, int start, string word, out int end)
    {
        end = start;
        foreach (char c in word)
        {
            end = NumberParser.SkipSpaces(text, end, text.Length);
            if (end >= text.Length || (text[end] != c && !(c == '百' && text[end] == '佰')))
            {
                return false;
            }

            end++;
        }

        return true;
    }
}
