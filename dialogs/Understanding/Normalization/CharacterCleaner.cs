using System.Globalization;
using System.Text;

namespace ConciergeBot.Dialogs.Understanding.Normalization;

/// <summary>
/// Character-level clean-up before conversion: full-width ASCII to half-width (，？！：；（） become ASCII too,
/// while 。、《》“” stay), ideographic and other Unicode spaces to one ASCII space, control and invisible format
/// characters removed, emoji (with their modifiers and joiners) replaced by a space — except 🔥, which owners use to
/// report a fire in a hurry ("🔥🔥🔥 4栋1单元") — runs of spaces collapsed, ends trimmed. Returns the same instance when
/// nothing needs changing.
/// </summary>
internal static class CharacterCleaner
{
    private const int FireEmoji = 0x1F525;

    private enum Kind
    {
        Keep,
        Space,
        Drop,
        Emoji,
        Map,
    }

    public static string Clean(string text) => Clean(text, null);

    /// <summary>
    /// Cleans <paramref name="text"/>; when <paramref name="origins"/> is given it receives, for every output
    /// character, the index of the input character it came from (an inserted space points at what follows it).
    /// </summary>
    public static string Clean(string text, List<int>? origins)
    {
        if (!NeedsCleaning(text))
        {
            origins?.AddRange(Enumerable.Range(0, text.Length));
            return text;
        }

        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int width = 1;
            Kind kind = Classify(text, i, ref width);
            i += width - 1;
            switch (kind)
            {
                case Kind.Space:
                case Kind.Emoji:
                    pendingSpace = builder.Length > 0;
                    break;
                case Kind.Drop:
                    break;
                default:
                    if (pendingSpace)
                    {
                        builder.Append(' ');
                        origins?.Add(i - width + 1);
                        pendingSpace = false;
                    }

                    if (kind == Kind.Map)
                    {
                        builder.Append(MapWide(c));
                        origins?.Add(i);
                    }
                    else
                    {
                        builder.Append(text, i - width + 1, width);
                        for (var k = 0; k < width; k++)
                        {
                            origins?.Add(i - width + 1 + k);
                        }
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (text[0] == ' ' || text[^1] == ' ')
        {
            return true;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ')
            {
                if (text[i + 1] == ' ')
                {
                    return true;
                }

                continue;
            }

            if (c is >= '!' and <= '~' || c is >= '\u4E00' and <= '\u9FFF')
            {
                continue;
            }

            int width = 1;
            if (Classify(text, i, ref width) != Kind.Keep)
            {
                return true;
            }

            i += width - 1;
        }

        return false;
    }

    private static Kind Classify(string text, int i, ref int width)
    {
        char c = text[i];
        if (c is >= '\uFF01' and <= '\uFF5E' or >= '\uFFE0' and <= '\uFFE6')
        {
            return Kind.Map;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            int codePoint = char.ConvertToUtf32(c, text[i + 1]);
            return codePoint == FireEmoji ? Kind.Keep
                : codePoint is >= 0x1F000 and <= 0x1FAFF ? Kind.Emoji
                : codePoint is >= 0xE0000 and <= 0xE007F ? Kind.Drop
                : Kind.Keep;
        }

        if (c == ' ' || char.IsWhiteSpace(c))
        {
            return Kind.Space;
        }

        if (char.IsControl(c) || c is '\u200D' or '\u20E3' or >= '\uFE00' and <= '\uFE0F')
        {
            return Kind.Drop;
        }

        if (c is >= '\u2600' and <= '\u27BF' or >= '\u2B00' and <= '\u2BFF' or '\u231A' or '\u231B'
            or >= '\u23E9' and <= '\u23FA' or '\u3030' or '\u303D' or '\u3297' or '\u3299')
        {
            return Kind.Emoji;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Format or UnicodeCategory.Surrogate ? Kind.Drop : Kind.Keep;
    }

    private static char MapWide(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\uFFE0' => '\u00A2',
        '\uFFE1' => '\u00A3',
        '\uFFE2' => '\u00AC',
        '\uFFE3' => '\u00AF',
        '\uFFE4' => '\u00A6',
        '\uFFE5' => '\u00A5',
        '\uFFE6' => '\u20A9',
        _ => c,
    };
}
