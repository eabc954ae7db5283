using System.Text;
using ConciergeBot.Dialogs.Understanding.Entities.Numbers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Phone;

/// <summary>
/// Finds Chinese phone numbers; the value is the digits only: mobiles 1[3-9]XXXXXXXXX with or without spaces or
/// dashes (139 0012 3456, +86 138-1234-5678), landlines with their area code (0755-26886600, 0755 8888 1234,
/// (020)11111111 → "075526886600"; an extension -8101 / 转8101 stays in the text, not the value), 400/800 numbers,
/// numbers said digit by digit (一五八零七五五六六八八), and — after 电话/打/拨/热线 — local numbers and short
/// service lines (26886600, 96777, 12345).
/// </summary>
internal static class PhoneRecognizer
{
    private const string Separators = " -";
    private static readonly string[] Cues = ["电话", "手机", "号码", "座机", "热线", "拨", "打", "联系", "致电", "call", "tel", "Tel", "TEL"];
    private static readonly string[] ExtensionWords = ["转", "分机", "ext", "-"];

    public static void Recognize(string text, List<RecognizedEntity> output)
    {
        Span<DigitGroup> groups = stackalloc DigitGroup[DigitGroupScanner.MaxGroups];
        var digits = new StringBuilder(24);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            bool chinese = !ChineseNumerals.IsAsciiDigit(c) && ChineseNumerals.SequenceDigit(c) >= 0;
            if (!(ChineseNumerals.IsAsciiDigit(c) || chinese || (c is '+' or '(' && i + 1 < text.Length)) || !StartsToken(text, i, chinese))
            {
                i++;
                continue;
            }

            int count = DigitGroupScanner.Read(text, i, groups, chinese, Separators);
            int end = count == 0 ? i + 1 : FindNumbers(text, i, groups[..count], chinese, digits, output);
            i = Math.Max(end, i + 1);
        }
    }

    private static bool StartsToken(string text, int i, bool chinese)
    {
        if (i == 0)
        {
            return true;
        }

        char before = text[i - 1];
        return chinese
            ? ChineseNumerals.SequenceDigit(before) < 0 && !ChineseNumerals.IsNumeral(before)
            : !(ChineseNumerals.IsAsciiDigit(before) || ChineseNumerals.IsAsciiLetter(before) || before is '.' or '-' or '+' or '/');
    }

    /// <summary>Tries the longest run of groups from each group on; returns where scanning continues.</summary>
    private static int FindNumbers(string text, int runStart, ReadOnlySpan<DigitGroup> groups, bool chinese, StringBuilder digits, List<RecognizedEntity> output)
    {
        int s = 0;
        int scannedTo = groups[^1].OuterEnd;
        while (s < groups.Length)
        {
            bool found = false;
            for (int e = groups.Length - 1; e >= s; e--)
            {
                int start = s == 0 ? runStart : groups[s].OuterStart;

                Collect(text, groups[s..(e + 1)], chinese, digits);
                bool plus = s == 0 && text[runStart] == '+';
                if (!EndsToken(text, groups[e].End, chinese) && e == groups.Length - 1)
                {
                    continue;
                }

                if (TryValue(digits, plus, HasCue(text, start), out string? value))
                {
                    int end = groups[e].OuterEnd;
                    end = ExtendExtension(text, end, value!, groups, e, ref s);
                    output.Add(new RecognizedEntity(EntityTypes.Phone, text[start..end], start, end - start, value!));
                    s = Math.Max(s, e + 1);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                s++;
            }
        }

        return scannedTo;
    }

    private static int ExtendExtension(string text, int end, string value, ReadOnlySpan<DigitGroup> groups, int e, ref int s)
    {
        if (value[0] != '0' && !value.StartsWith("400", StringComparison.Ordinal))
        {
            return end;
        }

        // 0755-26886600-8101 (the next group) or 0755-26886600转8101
        if (e + 1 < groups.Length && groups[e + 1].SeparatorBefore == '-' && groups[e + 1].Length is >= 1 and <= 5)
        {
            s = e + 2;
            return groups[e + 1].End;
        }

        if (TextScan.StartsWithAny(text, end, ExtensionWords, out string? word) && word != "-")
        {
            int q = NumberParser.SkipSpaces(text, end + word!.Length, text.Length);
            int r = q;
            while (r < text.Length && ChineseNumerals.IsAsciiDigit(text[r]) && r - q < 6)
            {
                r++;
            }

            if (r > q && (r >= text.Length || !ChineseNumerals.IsAsciiDigit(text[r])))
            {
                return r;
            }
        }

        return end;
    }

    private static bool EndsToken(string text, int end, bool chinese)
    {
        if (end >= text.Length)
        {
            return true;
        }

        char c = text[end];
        return chinese
            ? !ChineseNumerals.IsNumeral(c) || c is '万' or '亿'
            : !(ChineseNumerals.IsAsciiDigit(c) || ChineseNumerals.IsAsciiLetter(c) || (c == '.' && end + 1 < text.Length && ChineseNumerals.IsAsciiDigit(text[end + 1])));
    }

    private static void Collect(string text, ReadOnlySpan<DigitGroup> groups, bool chinese, StringBuilder digits)
    {
        digits.Clear();
        foreach (DigitGroup group in groups)
        {
            for (int k = group.Start; k < group.End; k++)
            {
                digits.Append(chinese ? (char)('0' + ChineseNumerals.SequenceDigit(text[k])) : text[k]);
            }
        }
    }

    private static bool HasCue(string text, int start)
    {
        int from = Math.Max(0, start - 8);
        return TextScan.ContainsAny(text.AsSpan(from, start - from), Cues);
    }

    /// <summary>The canonical digits of a valid Chinese number, country code removed.</summary>
    private static bool TryValue(StringBuilder digits, bool plus, bool cue, out string? value)
    {
        value = null;
        string d = digits.ToString();
        if (d.StartsWith("0086", StringComparison.Ordinal) && d.Length > 12)
        {
            d = d[4..];
        }
        else if (d.StartsWith("86", StringComparison.Ordinal) && (plus || d.Length == 13) && d.Length > 11)
        {
            d = d[2..];
        }

        if ((plus || digits.Length != d.Length) && d[0] is >= '2' and <= '9' && d.Length is 10 or 11)
        {
            d = "0" + d; // +86 20 61302222: area code without its trunk 0
        }

        bool valid = d.Length switch
        {
            11 when d[0] == '1' => d[1] is >= '3' and <= '9',
            >= 10 and <= 12 when d[0] == '0' && d[1] != '0' => SubscriberLength(d) is 7 or 8,
            10 => d.StartsWith("400", StringComparison.Ordinal) || d.StartsWith("800", StringComparison.Ordinal),
            7 or 8 => cue && d[0] is >= '2' and <= '8',
            3 => cue && d is "110" or "119" or "120" or "122",
            5 => cue && d[0] is '1' or '9',
            _ => false,
        };
        if (valid)
        {
            value = d;
        }

        return valid;
    }

    private static int SubscriberLength(string d) => d[1] is '1' or '2' ? d.Length - 3 : d.Length - 4;
}
