using ConciergeBot.Dialogs.Understanding.Entities.Numbers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Phone;

/// <summary>
/// Reads a phone-like run of digit groups starting at a position: an optional leading '+', groups of digits joined
/// by one space, '-', '/' or '.', or " - ", an optional bracketed group ("(0755) 2688 6600", "+44 (0)7123").
/// Chinese digit runs (一五八零七五五六六八八, 幺三八…) are read the same way, one group per unbroken run.
/// </summary>
internal static class DigitGroupScanner
{
    public const int MaxGroups = 10;

    /// <summary>Reads groups from <paramref name="start"/>; returns the number of groups (0 when none).</summary>
    public static int Read(string text, int start, Span<DigitGroup> groups, bool chinese, string separators)
    {
        int count = 0;
        int p = start;
        if (!chinese && p < text.Length && text[p] == '+')
        {
            p++;
        }

        char separator = '\0';
        while (count < groups.Length && p < text.Length)
        {
            bool bracket = !chinese && text[p] == '(';
            int digits = bracket ? SkipInner(text, p + 1) : p;
            if (bracket && digits < text.Length && text[digits] == '+')
            {
                digits++; // (+45)
            }

            int end = digits;
            while (end < text.Length && IsDigit(text[end], chinese))
            {
                end++;
            }

            if (end == digits)
            {
                break;
            }

            if (bracket)
            {
                int close = SkipInner(text, end);
                if (close >= text.Length || text[close] != ')')
                {
                    break;
                }

                groups[count++] = new DigitGroup(digits, end, separator, p, close + 1);
                p = close + 1;
            }
            else
            {
                groups[count++] = new DigitGroup(digits, end, separator, digits, end);
                p = end;
            }

            if (!TryReadSeparator(text, p, separators, chinese, out separator, out int next))
            {
                break;
            }

            p = next;
        }

        return count;
    }

    public static bool IsDigit(char c, bool chinese) =>
        chinese ? !ChineseNumerals.IsAsciiDigit(c) && ChineseNumerals.SequenceDigit(c) >= 0 : ChineseNumerals.IsAsciiDigit(c);

    private static int SkipInner(string text, int p) => p < text.Length && text[p] == ' ' ? p + 1 : p;

    /// <summary>
    /// A separator: an optional space, an optional mark from <paramref name="separators"/> and an optional space
    /// ("010 - 123", "176- 1234", "0176 -1234"); nothing between ")" or before "(" ("(0)7123", "+33(0)6").
    /// </summary>
    private static bool TryReadSeparator(string text, int p, string separators, bool chinese, out char separator, out int next)
    {
        separator = '\0';
        next = p;
        int n = text.Length;
        if (p >= n)
        {
            return false;
        }

        int q = p;
        if (text[q] == ' ')
        {
            q++;
        }

        char mark = '\0';
        if (q < n && text[q] != ' ' && separators.Contains(text[q]))
        {
            mark = text[q];
            q++;
            if (q < n && text[q] == ' ')
            {
                q++;
            }
        }

        bool adjacentBracket = !chinese && (text[p - 1] == ')' || text[p] == '(');
        if ((q == p && !adjacentBracket) || q >= n || !(IsDigit(text[q], chinese) || (!chinese && text[q] == '(')))
        {
            return false;
        }

        separator = mark != '\0' ? mark : text[p] == '(' ? '(' : ' ';
        next = q;
        return true;
    }
}
