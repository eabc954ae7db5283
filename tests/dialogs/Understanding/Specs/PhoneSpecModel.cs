using ConciergeBot.Dialogs.Understanding.Entities.Phone;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Tests.Dialogs.Understanding.Specs;

/// <summary>
/// Microsoft's phone-number model (international formats; the value is the matched text), written as rules over
/// our digit-group scanner: 7–15 digits (16 with a leading +; 6 for Italian numbers starting with 0), groups joined
/// by spaces, dashes, brackets; dots only in the US 3.3.4 shape, slashes only as area/subscriber or 3/1/3 shapes;
/// dates (16-04-2010), social security numbers and ZIP+4 codes refused; and Microsoft's boundary rules: no letter,
/// digit or + # * / : % glued to either side, a dash before the number only after a non-digit when the number is
/// formatted, a colon before it only after a word (电话:), never followed by a dash and a digit; an international
/// prefix (00, 011) before a dash joins the number; hexadecimal dumps are not phone numbers.
/// </summary>
internal static class PhoneSpecModel
{
    private const string Separators = " -./)";

    public static SpecResult? Phone(string input)
    {
        string text = TextNormalizer.Shared.Normalize(input).Text;
        Span<DigitGroup> groups = stackalloc DigitGroup[DigitGroupScanner.MaxGroups];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is 'h' or 'H' && (text.AsSpan(i).StartsWith("http", StringComparison.OrdinalIgnoreCase)))
            {
                int space = text.IndexOf(' ', i);
                i = space < 0 ? text.Length : space;
                continue;
            }

            if (!(char.IsAsciiDigit(c) || c is '+' or '(') || (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            int count = DigitGroupScanner.Read(text, i, groups, chinese: false, Separators);
            for (int s = 0; s < count; s++)
            {
                for (int e = count - 1; e >= s; e--)
                {
                    int start = s == 0 ? i : groups[s].OuterStart;
                    if (TryCandidate(text, start, groups[s..(e + 1)], out SpecResult? result))
                    {
                        return result;
                    }
                }
            }
        }

        return null;
    }

    private static bool TryCandidate(string text, int start, ReadOnlySpan<DigitGroup> groups, out SpecResult? result)
    {
        result = null;
        int end = groups[^1].OuterEnd;
        int digits = 0;
        foreach (DigitGroup g in groups)
        {
            digits += g.Length;
        }

        end = ExtendExtension(text, end, digits);
        string candidate = text[start..end];
        bool plus = candidate.StartsWith('+') || candidate.StartsWith("(+", StringComparison.Ordinal);
        if (!HasValidShape(text, candidate, groups, digits, plus) || InsideHexDump(text, start, end)
            || !FreeAfter(text, end) || !FreeBefore(text, ref start, candidate))
        {
            return false;
        }

        result = new SpecResult(text[start..end], null);
        return true;
    }

    private static bool HasValidShape(string text, string candidate, ReadOnlySpan<DigitGroup> groups, int digits, bool plus)
    {
        bool parens = candidate.Contains('(') || candidate.Contains(')');
        if (digits is < 6 or > 16 || (digits == 16 && !plus))
        {
            return false;
        }

        if (digits == 6 && !((!parens && text[groups[0].Start] == '0') || CountryCode(text, groups, plus) == "39"))
        {
            return false;
        }

        if (digits == 15 && candidate.Split(' ').All(part => part.Count(char.IsAsciiDigit) is 3 or 4))
        {
            return false;
        }

        bool dots = false;
        int slashes = 0;
        for (int k = 1; k < groups.Length; k++)
        {
            char separator = groups[k].SeparatorBefore;
            dots |= separator == '.';
            slashes += separator == '/' ? 1 : 0;
            if (separator == ')' && (groups[k - 1].Parenthesised || k != 1 || groups[0].Length != 3 || candidate[0] == '('))
            {
                return false; // an unmatched ")" only closes a 3-digit area code: 123)456-7890
            }
        }

        if (dots && !(groups.Length == 3 && groups[0].Length == 3 && groups[1].Length == 3 && groups[2].Length == 4
            && groups[1].SeparatorBefore is '.' or ')' && groups[2].SeparatorBefore == '.'))
        {
            return false;
        }

        if (slashes > 0 && !IsSlashShape(text, groups, plus))
        {
            return false;
        }

        if (groups.Length == 3 && !plus && IsDateShape(groups))
        {
            return false;
        }

        string compact = candidate;
        if (IsShape(compact, "ddd-dd-dddd") || IsShape(compact, "ddddd-dddd"))
        {
            return false; // social security number, ZIP+4
        }

        // Seven digits as 3+4 need a US exchange (2-9) or an Italian leading 0: 223-4567, 012-3333, not 112-3333.
        if (digits == 7 && groups.Length == 2 && groups[0].Length == 3 && text[groups[0].Start] is '1')
        {
            return false;
        }

        // After a country code a dash is only written for +1 and the East Asian codes: +45-12-34 is not a number.
        return !(plus && groups.Length > 1 && groups[1].SeparatorBefore == '-' && groups[0].Length <= 3
            && CountryCode(text, groups, plus) is not ("1" or "86" or "82" or "81"));
    }

    private static string? CountryCode(string text, ReadOnlySpan<DigitGroup> groups, bool plus)
    {
        string first = text[groups[0].Start..groups[0].End];
        return plus ? first : first.StartsWith("00", StringComparison.Ordinal) && first.Length > 2 ? first[2..] : null;
    }

    private static bool IsSlashShape(string text, ReadOnlySpan<DigitGroup> groups, bool plus)
    {
        if (groups.Length == 3 && groups[1].SeparatorBefore == '/' && groups[2].SeparatorBefore == '/')
        {
            return groups[0].Length is 3 or 4 && groups[1].Length is >= 1 and <= 4 && groups[2].Length is 3 or 4;
        }

        int slash = -1;
        for (int k = 1; k < groups.Length; k++)
        {
            if (groups[k].SeparatorBefore == '/')
            {
                if (slash >= 0)
                {
                    return false;
                }

                slash = k;
            }
        }

        return slash == groups.Length - 1 && groups[slash].Length >= 6 && (plus || text[groups[0].Start] == '0');
    }

    private static bool IsDateShape(ReadOnlySpan<DigitGroup> groups) =>
        groups[1].SeparatorBefore is '-' or '/' or '.' && groups[2].SeparatorBefore == groups[1].SeparatorBefore
        && ((groups[0].Length <= 2 && groups[1].Length <= 2 && groups[2].Length == 4) || (groups[0].Length == 4 && groups[1].Length <= 2 && groups[2].Length <= 2));

    private static bool IsShape(string candidate, string shape)
    {
        if (candidate.Length != shape.Length)
        {
            return false;
        }

        for (int k = 0; k < shape.Length; k++)
        {
            if (shape[k] == 'd' ? !char.IsAsciiDigit(candidate[k]) : candidate[k] != shape[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>x123, ext 123 after a US-style number.</summary>
    private static int ExtendExtension(string text, int end, int digits)
    {
        if (digits is < 10 or > 11)
        {
            return end;
        }

        int q = end < text.Length && text[end] == ' ' ? end + 1 : end;
        int marker = q < text.Length && text[q] is 'x' or 'X' ? 1 : text.AsSpan(q).StartsWith("ext", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        if (marker == 0)
        {
            return end;
        }

        q += marker;
        if (q < text.Length && text[q] == ' ')
        {
            q++;
        }

        int r = q;
        while (r < text.Length && char.IsAsciiDigit(text[r]))
        {
            r++;
        }

        return r - q is >= 3 and <= 5 && (r >= text.Length || !char.IsAsciiLetterOrDigit(text[r])) ? r : end;
    }

    private static bool FreeAfter(string text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        char c = text[end];
        if (char.IsAsciiLetterOrDigit(c) || c is '/' or '+' or '#' or '*' or ':' or '%' or '=')
        {
            return false;
        }

        int next = end + 1 < text.Length && text[end + 1] == ' ' ? end + 2 : end + 1;
        return !(c == '-' && next < text.Length && char.IsAsciiDigit(text[next]));
    }

    private static bool FreeBefore(string text, ref int start, string candidate)
    {
        if (start == 0)
        {
            return true;
        }

        char c = text[start - 1];
        if (c is '-' or '.' or '/' or '+' or '#' or '*')
        {
            bool formatted = candidate.AsSpan().IndexOfAny(" -/.") >= 0;
            if (c != '-' || !formatted || start < 2)
            {
                return false;
            }

            char gap = text[start - 2];
            if (!char.IsAsciiDigit(gap) && gap != ' ')
            {
                return !(char.IsLower(gap) && text.AsSpan(0, start - 2).IndexOfAnyInRange('0', '9') >= 0);
            }

            ReadOnlySpan<char> front = text.AsSpan(0, start - 1);
            int prefix = front.EndsWith("011", StringComparison.Ordinal) ? 3 : front.EndsWith("00", StringComparison.Ordinal) ? 2 : 0;
            if (prefix > 0 && (front.Length == prefix || !char.IsAsciiDigit(front[^(prefix + 1)])))
            {
                start -= prefix + 1;
                return true;
            }

            return false;
        }

        if (c is ',' or ':' or '%')
        {
            ReadOnlySpan<char> front = text.AsSpan(0, start - 1).TrimEnd(' ');
            return c == ':' && front.Length > 0 && (char.IsAsciiLetter(front[^1]) || front[^1] is >= '\u4E00' and <= '\u9FA5');
        }

        return true;
    }

    /// <summary>Eight two-character hexadecimal groups (00 10 00 31 46 D9 E9 11) are a byte dump, not a number.</summary>
    private static bool InsideHexDump(string text, int start, int end)
    {
        for (int from = Math.Max(0, start - 24); from <= start; from++)
        {
            int q = from;
            int groups = 0;
            while (q + 1 < text.Length && char.IsAsciiHexDigit(text[q]) && char.IsAsciiHexDigit(text[q + 1]) && groups < 8)
            {
                groups++;
                q += 2;
                if (groups < 8)
                {
                    if (q >= text.Length || text[q] != ' ')
                    {
                        break;
                    }

                    q++;
                }
            }

            if (groups == 8 && from <= start && q >= end)
            {
                return true;
            }
        }

        return false;
    }
}
