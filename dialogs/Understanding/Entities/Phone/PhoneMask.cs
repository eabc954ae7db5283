using System.Text;

namespace ConciergeBot.Dialogs.Understanding.Entities.Phone;

/// <summary>
/// Masks the personal phone numbers in a text before it goes where others read it (staff pings, the status reply):
/// a mobile keeps its first three and last four digits (138****5678, however it was written: 138-1234-5678,
/// +86 138 1234 5678, 一三八…), a landline its area code and last four (0755-****6600), a local number said after
/// 电话/打 its last four (****6600). Service lines stay readable — 400/800 numbers, 110, 96777, 12345 — as do digits
/// that are no phone (a flat, a sum). Numbers are found by <see cref="PhoneRecognizer"/>, the same reader that takes
/// them from owners' messages, on a copy with full-width digits made ASCII, so ０１２ is found too.
/// </summary>
public static class PhoneMask
{
    private const string Stars = "****";

    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text) || !HasEnoughDigits(text))
        {
            return text ?? "";
        }

        var found = new List<RecognizedEntity>();
        PhoneRecognizer.Recognize(AsciiDigits(text), found);
        StringBuilder? masked = null;
        var copied = 0;
        foreach (var phone in found.OrderBy(p => p.Start))
        {
            if (Masked(phone.Value) is not { } replacement || phone.Start < copied)
            {
                continue;
            }

            masked ??= new StringBuilder(text.Length);
            masked.Append(text, copied, phone.Start - copied).Append(replacement);
            copied = phone.End;
        }

        return masked is null ? text : masked.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// The first <paramref name="max"/> characters of <paramref name="text"/> and "…", never cutting through a run of
    /// digits: a number cut in half would no longer be recognised as a phone, and its first seven digits would be shown.
    /// The cut moves back to the start of the run instead.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max;
        while (cut > 0 && IsNumberPart(text[cut]) && IsNumberPart(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }

    private static bool IsNumberPart(char c) => char.IsDigit(c) || c is ' ' or '-' or '+' or '－' or '＋' || IsChineseDigit(c);

    private static bool IsChineseDigit(char c) => "零〇一二三四五六七八九幺两".Contains(c, StringComparison.Ordinal);

    /// <summary>The masked form of a recognised number's digits, or null for a number that stays (a service line).</summary>
    private static string? Masked(string digits) => digits switch
    {
        { Length: 11 } when digits[0] == '1' => digits[..3] + Stars + digits[^4..],
        { Length: >= 10 and <= 12 } when digits[0] == '0' => digits[..(digits[1] is '1' or '2' ? 3 : 4)] + "-" + Stars + digits[^4..],
        { Length: 7 or 8 } => Stars + digits[^4..],
        _ => null,
    };

    /// <summary>Under seven digits of any kind there is no number to mask; most texts leave here.</summary>
    private static bool HasEnoughDigits(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c) || IsChineseDigit(c))
            {
                if (++digits >= 7)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The text with full-width digits, plus, minus and space made ASCII — the same length, so offsets hold.</summary>
    private static string AsciiDigits(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '＋' => '+',
                '－' => '-',
                '\u3000' => ' ',
                _ => c,
            };
        }
    });
}
