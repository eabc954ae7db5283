using System.Text;

namespace ConciergeBot.Notifications;

/// <summary>Fits ping text into a channel's size limit without cutting a character in half.</summary>
internal static class PingText
{
    private const char Ellipsis = '…';

    /// <summary>At most <paramref name="maxBytes"/> bytes of UTF-8 (WeCom counts bytes).</summary>
    public static string TruncateUtf8(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var budget = maxBytes - Encoding.UTF8.GetByteCount([Ellipsis]);
        var sb = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > budget)
            {
                break;
            }

            used += rune.Utf8SequenceLength;
            sb.Append(rune.ToString());
        }

        return sb.Append(Ellipsis).ToString();
    }

    /// <summary>At most <paramref name="maxChars"/> UTF-16 characters (Discord counts characters).</summary>
    public static string TruncateChars(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = maxChars - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + Ellipsis;
    }
}
