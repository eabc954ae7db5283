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
            .GroupBy(r => r.From[0])
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
            if (_byFirstChar.TryGetValue(text[i], out var candidates)
                && Array.Find(candidates, r => string.CompareOrdinal(text, i, r.From, 0, r.From.Length) == 0) is { From: not null } match)
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
}
