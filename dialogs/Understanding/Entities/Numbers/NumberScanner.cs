namespace ConciergeBot.Dialogs.Understanding.Entities.Numbers;

/// <summary>
/// Finds every number in a text, left to right, longest first: Arabic runs glued to Latin letters (S101, B12, A2021…)
/// and URLs are skipped, single Chinese digits need a number context (<see cref="LoneDigitContext"/>).
/// </summary>
internal static class NumberScanner
{
    public static void Scan(string text, NumberSyntax syntax, List<ParsedNumber> numbers)
    {
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i];
            if (c is 'h' or 'w' && StartsUrl(text, i))
            {
                i = SkipToSpace(text, i);
                continue;
            }

            if (!CanStart(text, i))
            {
                i++;
                continue;
            }

            if (ChineseNumerals.IsAsciiDigit(c) && i > 0 && ChineseNumerals.IsAsciiLetter(text[i - 1]) && !AfterCurrencyCode(text, i))
            {
                while (i < n && (ChineseNumerals.IsAsciiDigit(text[i]) || ChineseNumerals.IsAsciiLetter(text[i])))
                {
                    i++;
                }

                continue;
            }

            if (DigitByDigit(text, i) is { } spelled)
            {
                numbers.Add(spelled);
                i = spelled.End;
                continue;
            }

            if (NumberParser.TryParse(text, i, n, syntax, out ParsedNumber number) && IsNumberHere(text, number))
            {
                numbers.Add(number);
                i = number.End;
                continue;
            }

            i++;
        }
    }

    /// <summary>
    /// "一零零四", "三零二": a room or a year said digit by digit, 3 to 5 Chinese digits with a 零 among them (so 七七八八 and
    /// 一二三四 stay words), not part of a positional numeral (一百零五, 三千零二).
    /// </summary>
    private static ParsedNumber? DigitByDigit(string text, int start)
    {
        if (ChineseNumerals.IsAsciiDigit(text[start]) || text[start] is '零' or '〇' || (start > 0 && IsNumeralCharacter(text[start - 1]))
            || !ChineseNumerals.TryDigitSequence(text, start, 5, out var value, out var end))
        {
            return null;
        }

        return end - start >= 3 && text.AsSpan(start, end - start).IndexOfAny('零', '〇') >= 0 && (end == text.Length || !IsNumeralCharacter(text[end]))
            ? new ParsedNumber(start, end, value, NumberTraits.Chinese)
            : null;
    }

    /// <summary>A character of a numeral, Chinese or Arabic, 幺 or the decimal point.</summary>
    private static bool IsNumeralCharacter(char c) => ChineseNumerals.IsNumeral(c) || ChineseNumerals.SequenceDigit(c) >= 0 || ChineseNumerals.IsPoint(c);

    /// <summary>Parses the number starting exactly at <paramref name="start"/> if there is one in context.</summary>
    public static bool TryParseAt(string text, int start, int limit, NumberSyntax syntax, out ParsedNumber number) =>
        NumberParser.TryParse(text, start, limit, syntax, out number) && IsNumberHere(text, number);

    private static bool IsNumberHere(string text, ParsedNumber number)
    {
        int first = number.Has(NumberTraits.Negative) ? NumberParser.SkipSpaces(text, number.Start + 1, text.Length) : number.Start;
        if (number.End - first == 1 && LoneDigitContext.IsInsideWord(text, first))
        {
            return false;
        }

        return !number.Has(NumberTraits.LoneDigit) || LoneDigitContext.AllowsLoneDigit(text, first, number.End);
    }

    /// <summary>RMB300, CNY300: a currency code, not a serial number.</summary>
    private static bool AfterCurrencyCode(string text, int i) =>
        i >= 3 && (text.AsSpan(i - 3, 3).Equals("rmb", StringComparison.OrdinalIgnoreCase) || text.AsSpan(i - 3, 3).Equals("cny", StringComparison.OrdinalIgnoreCase))
        && (i == 3 || !ChineseNumerals.IsAsciiLetter(text[i - 4]));

    private static bool CanStart(string text, int i)
    {
        char c = text[i];
        if (ChineseNumerals.IsAsciiDigit(c))
        {
            return i == 0 || !ChineseNumerals.IsAsciiDigit(text[i - 1]);
        }

        return c switch
        {
            '.' => ArabicNumber.CanStartBareDecimal(text, i, text.Length),
            '-' => NumberParser.IsMinusSign(text, i, text.Length),
            '半' => true,
            _ => ChineseNumerals.IsNegative(c) || ChineseNumerals.Digit(c) >= 0 || ChineseNumerals.Small(c) > 0,
        };
    }

    private static bool StartsUrl(string text, int i) =>
        text.AsSpan(i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static int SkipToSpace(string text, int i)
    {
        int space = text.IndexOf(' ', i);
        return space < 0 ? text.Length : space;
    }
}
