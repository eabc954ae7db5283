using System.Text;

namespace ConciergeBot.Knowledge.Search;

/// <summary>
/// Text preparation shared by indexing and querying: width/case folding, and the tokens scored by
/// <see cref="HandbookSearch"/> — Chinese character bigrams, single characters (weak), and ASCII words/numbers.
/// </summary>
internal static class SearchText
{
    /// <summary>Characters that carry no topic on their own (particles, pronouns, question words); never unigram tokens.</summary>
    private const string FunctionChars = "的了吗呢吧啊呀么嘛是我你您他她它们这那个要能会在有和与及就都也还请问一下多少几哪谁啥怎什该得想给把被让对到说可以不没很吧呗哦嗯";

    /// <summary>
    /// Words every question about the estate may carry without naming a topic (小区, 业主, 东西; the search adds the
    /// estate's own name); they count little in a question, so that "小区有几个门" is not answered just because the
    /// overview mentions the estate.
    /// </summary>
    public static readonly string[] GenericWords = ["小区", "业主", "住户", "东西"];

    /// <summary>Words that only shape a question (question words, modal verbs, pronouns); dropped to form the compact question.</summary>
    private static readonly string[] FillerWords =
    [
        "可不可以", "能不能", "会不会", "是不是", "要不要", "有没有", "可以", "什么", "怎么", "怎样", "多少", "哪里", "哪儿",
        "请问", "一下", "我家", "我们", "你们", "他们", "自己", "一个", "几个",
    ];

    /// <summary>Single characters dropped to form the compact question: particles, pronouns, modal verbs, question words, measure words.</summary>
    private const string FillerChars = "的了吗呢吧啊呀么嘛是我你您他她它们这那个要能会在就都也还请想给把被让得几哪谁啥一只条次件些下里";

    private static readonly System.Buffers.SearchValues<char> FillerSet = System.Buffers.SearchValues.Create(FillerChars);

    /// <summary>Lower-case, half-width text in which every run of letters and digits is kept and anything else becomes one space.</summary>
    public static string Normalize(string text)
    {
        var runes = text.Normalize(NormalizationForm.FormKC).EnumerateRunes().ToArray();
        var builder = new StringBuilder(runes.Length);
        var space = false;
        for (var i = 0; i < runes.Length; i++)
        {
            var rune = runes[i];
            var decimalPoint = rune.Value == '.' && i > 0 && i + 1 < runes.Length
                && Rune.IsDigit(runes[i - 1]) && Rune.IsDigit(runes[i + 1]);
            if (Rune.IsLetterOrDigit(rune) || decimalPoint)
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
                space = false;
            }
            else if (!space && builder.Length > 0)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Tokens with their weight: bigrams of Chinese runs 1.0 (0.5 with one function character, 0.15 with two), content characters 0.3, ASCII words and numbers 1.0.</summary>
    public static IEnumerable<(string Token, double Weight)> Tokens(string normalized)
    {
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            var start = i;
            if (IsAsciiWordChar(c))
            {
                while (i < normalized.Length && IsAsciiWordChar(normalized[i]))
                {
                    i++;
                }

                yield return (normalized[start..i], 1.0);
                continue;
            }

            while (i < normalized.Length && normalized[i] != ' ' && !IsAsciiWordChar(normalized[i]))
            {
                i++;
            }

            for (var k = start; k < i; k++)
            {
                if (char.IsSurrogate(normalized[k]))
                {
                    continue;
                }

                if (!IsFunction(normalized[k]))
                {
                    yield return (normalized[k].ToString(), 0.3);
                }

                if (k + 1 < i && !char.IsSurrogate(normalized[k + 1]))
                {
                    var functionChars = (IsFunction(normalized[k]) ? 1 : 0) + (IsFunction(normalized[k + 1]) ? 1 : 0);
                    yield return (normalized.Substring(k, 2), functionChars switch { 0 => 1.0, 1 => 0.5, _ => 0.15 });
                }
            }
        }
    }

    /// <summary>The Chinese character bigrams of a name: 翠湖苑 → 翠湖, 湖苑.</summary>
    public static IEnumerable<string> Bigrams(string name) =>
        Tokens(Normalize(name)).Select(t => t.Token).Where(t => t.Length == 2 && !t.Any(IsAsciiWordChar)).Distinct(StringComparer.Ordinal);

    /// <summary>True when the text holds a character that only shapes a question (particle, pronoun, question or measure word).</summary>
    public static bool HasFiller(string text) => text.AsSpan().ContainsAny(FillerSet);

    /// <summary>The clauses of a normalised question with several (punctuation became spaces), those at least <paramref name="minLength"/> long.</summary>
    public static IEnumerable<string> Clauses(string normalized, int minLength)
    {
        var clauses = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return clauses.Length < 2 ? [] : clauses.Where(c => c.Length >= minLength);
    }

    /// <summary>A run of Chinese without its question words, particles, pronouns and measure words (小区能养几只狗 → 小区养狗).</summary>
    public static string Compact(string run)
    {
        var compact = run;
        foreach (var word in FillerWords)
        {
            compact = compact.Replace(word, " ", StringComparison.Ordinal);
        }

        var kept = new StringBuilder(compact.Length);
        foreach (var c in compact)
        {
            if (c != ' ' && !FillerChars.Contains(c, StringComparison.Ordinal))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>
    /// Bigrams of the compact question — each Chinese run with its question words, particles and measure words
    /// dropped — that the plain bigrams lack: 小区能养几只狗 → 养狗, 物业能停我家水吗 → 停水. Question side only.
    /// </summary>
    public static IEnumerable<string> CompactBigrams(string normalized)
    {
        foreach (var run in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (run.Any(IsAsciiWordChar))
            {
                continue;
            }

            var kept = Compact(run);
            for (var k = 0; k + 1 < kept.Length; k++)
            {
                if (!char.IsSurrogate(kept[k]) && !char.IsSurrogate(kept[k + 1]))
                {
                    var bigram = kept.Substring(k, 2);
                    if (!run.Contains(bigram, StringComparison.Ordinal))
                    {
                        yield return bigram;
                    }
                }
            }
        }
    }

    /// <summary>The runs of the text at least three characters long, quoted for an FTS5 trigram MATCH (OR of all trigrams).</summary>
    public static string TrigramQuery(string normalized)
    {
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            for (var k = 0; k + 3 <= run.Length; k++)
            {
                trigrams.Add(run.Substring(k, 3));
            }
        }

        return string.Join(" OR ", trigrams.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    private static bool IsFunction(char c) => FunctionChars.Contains(c, StringComparison.Ordinal);

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '.';
}
