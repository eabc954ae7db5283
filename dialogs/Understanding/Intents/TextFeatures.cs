using System.Buffers;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Turns a message into hashed sparse features: character 1–3-grams and skip-bigrams (c₁_c₃) over a folded copy of the text (lower case,
/// full-width ASCII made half-width, digits collapsed to 0, punctuation and spaces to one boundary mark) plus
/// whole ASCII words for code-mixed messages. The hash is FNV-1a, so features are identical in every process.
/// </summary>
internal static class TextFeatures
{
    public const int Bits = 16;
    public const int Dimension = 1 << Bits;
    private const int Mask = Dimension - 1;
    private const char Boundary = ' ';
    private const int MaxChars = 400;

    /// <summary>Digits in a row from which a number is a phone or a reference rather than a room (1202) or a year.</summary>
    private const int LongNumber = 5;

    private const char LongNumberMark = '#';
    
    /// <summary>Appends the feature indices of <paramref name="text"/> to <paramref name="features"/> (repeats count as term frequency).</summary>
    public static void Extract(ReadOnlySpan<char> text, List<int> features)
    {
        var length = Math.Min(text.Length, MaxChars) + 2;
        char[]? rented = null;
        var folded = length <= 256 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            var n = Fold(text[..(length - 2)], folded);
            AddNGrams(folded[..n], features);
            AddAsciiWords(folded[..n], features);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes the folded text, framed by boundary marks, and returns its length.</summary>
    private static int Fold(ReadOnlySpan<char> text, Span<char> output)
    {
        var n = 0;
        output[n++] = Boundary;
        var digits = 0;
        foreach (var raw in text)
        {
            var c = FoldChar(raw);
            if (c == Boundary && output[n - 1] == Boundary)
            {
                continue;
            }

            // A long number (a phone, an order number) is one mark, not a run of zeros whose n-grams would outweigh the words.
            digits = c == '0' ? digits + 1 : 0;
            if (digits > LongNumber)
            {
                continue;
            }

            if (digits == LongNumber)
            {
                n -= LongNumber - 1;
                c = LongNumberMark;
            }

            output[n++] = c;
        }

        if (output[n - 1] != Boundary)
        {
            output[n++] = Boundary;
        }

        return n;
    }

    internal static char FoldChar(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + 32);
        }

        if (c is >= '0' and <= '9')
        {
            return '0';
        }

        if (char.IsWhiteSpace(c) || IsPunctuation(c))
        {
            return Boundary;
        }

        return c;
    }

    private static bool IsPunctuation(char c) => c switch
    {
        ',' or '.' or ';' or ':' or '"' or '\'' or '(' or ')' or '[' or ']' or '~' or '-' or '_' or '/' or '\\' or '*' => true,
        '，' or '。' or '；' or '：' or '、' or '～' or '…' or '“' or '”' or '‘' or '’' or '（' or '）' or '【' or '】' or '《' or '》' or '·' => true,
        _ => false,
    };

    private static void AddNGrams(ReadOnlySpan<char> s, List<int> features)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var h = Seed(1);
            h = Mix(h, s[i]);
            if (s[i] != Boundary)
            {
                features.Add((int)(h & Mask));
            }

            if (i + 1 < s.Length)
            {
                var h2 = Mix(Mix(Seed(2), s[i]), s[i + 1]);
                features.Add((int)(h2 & Mask));
                if (i + 2 < s.Length)
                {
                    var h3 = Mix(Mix(Mix(Seed(3), s[i]), s[i + 1]), s[i + 2]);
                    features.Add((int)(h3 & Mask));
                    if (s[i] != Boundary && s[i + 2] != Boundary)
                    {
                        features.Add((int)(Mix(Mix(Seed(6), s[i]), s[i + 2]) & Mask));
                    }

                }
            }
        }
    }

    private static void AddAsciiWords(ReadOnlySpan<char> s, List<int> features)
    {
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var letter = i < s.Length && s[i] is >= 'a' and <= 'z';
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= 2)
                {
                    var h = Seed(4);
                    foreach (var c in s[start..i])
                    {
                        h = Mix(h, c);
                    }

                    features.Add((int)(h & Mask));
                }

                start = -1;
            }
        }
    }

    private static uint Seed(uint kind) => 2166136261u ^ (kind * 16777619u);

    private static uint Mix(uint h, char c)
    {
        h = (h ^ (c & 0xFFu)) * 16777619u;
        return (h ^ (uint)(c >> 8)) * 16777619u;
    }
}
