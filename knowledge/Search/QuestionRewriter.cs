using System.Text;

namespace ConciergeBot.Knowledge.Search;

/// <summary>
/// Rewrites the colloquial, dialect and mistyped words of a question into the standard ones the handbook uses
/// (咋 → 怎么, 几多 → 多少, 物叶费 → 物业费), longest match first, in one left-to-right pass. Questions only: the
/// handbook is written in standard Chinese. Immutable and thread-safe.
/// </summary>
public sealed class QuestionRewriter
{
    private readonly Dictionary<char, (string From, string To)[]> _byFirstChar;

    public QuestionRewriter(IEnumerable<(string From, string To)> rewrites)
    {
        ArgumentNullException.ThrowIfNull(rewrites);
        _byFirstChar = rewrites
            .Where(r => r.From.Length > 0)
            .GroupBy(r => char.ToLowerInvariant(r.From[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.From.Length).ToArray());
    }

    public static QuestionRewriter None { get; } = new([]);

    public int Count => _byFirstChar.Values.Sum(r => r.Length);

    internal IEnumerable<(string From, string To)> Rules => _byFirstChar.Values.SelectMany(r => r);

    public string Rewrite(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? rewritten = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (_byFirstChar.TryGetValue(char.ToLowerInvariant(text[i]), out var candidates)
                && Array.Find(candidates, r => Matches(text, i, r.From)) is { From: not null } match)
            {
                rewritten ??= new StringBuilder(text.Length + 8);
                rewritten.Append(text, copied, i - copied).Append(match.To);
                i += match.From.Length;
                copied = i;
            }
            else
            {
                i++;
            }
        }

        return rewritten is null ? text : rewritten.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// A rule matches at <paramref name="at"/>: Chinese exactly; English in any case and as whole words, inflections
    /// included ("How much" is "how much", "taps" has "tap"; "tape" does not).
    /// </summary>
    private static bool Matches(string text, int at, string from)
    {
        if (!char.IsAsciiLetter(from[0]))
        {
            return string.CompareOrdinal(text, at, from, 0, from.Length) == 0;
        }

        var end = at + from.Length;
        if (string.Compare(text, at, from, 0, from.Length, StringComparison.OrdinalIgnoreCase) != 0 || (at > 0 && char.IsAsciiLetter(text[at - 1])))
        {
            return false;
        }

        var rest = end;
        while (rest < text.Length && char.IsAsciiLetter(text[rest]))
        {
            rest++;
        }

        return rest == end || !char.IsAsciiLetter(from[^1]) || Inflections.Contains(text.AsSpan(end, rest - end));
    }

    /// <summary>Endings an English rule still matches through ("repair" in "repairs", "repairman"), and no others; any case.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Inflections =
        new HashSet<string>(["s", "es", "d", "ed", "ing", "er", "ers", "man", "men"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
