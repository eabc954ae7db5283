using System.Text;

namespace ConciergeBot.Knowledge.Search;

/// <summary>
/// Synonym groups (物业费/管理费/物管费, 车位/停车位, ...): <see cref="Expand"/> appends the canonical term of every
/// group a text mentions, so a question and an entry that use different words meet on the canonical one.
/// Longer members are matched first and shorter ones inside them are ignored.
/// </summary>
public sealed class SynonymTable
{
    private readonly (string Member, string Canonical)[] _members;

    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups, QuestionRewriter? rewriter = null, IEnumerable<string>? subjects = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Rewriter = rewriter ?? QuestionRewriter.None;
        Subjects = [.. (subjects ?? []).Select(SearchText.Normalize).Where(w => w.Length > 0).OrderByDescending(w => w.Length)];
        _members = [.. groups.Where(g => g.Count > 0)
            .SelectMany(g => g.Select(m => (Member: SearchText.Normalize(m).Replace(" ", "", StringComparison.Ordinal), Canonical: g[0])))
            .Where(p => p.Member.Length > 0)
            .OrderByDescending(p => p.Member.Length)];
    }

    public static SynonymTable Empty { get; } = new([]);

    public int Count => _members.Length;

    /// <summary>Places and services a question can name that an entry must also name to answer it (normalised, longest first).</summary>
    public IReadOnlyList<string> Subjects { get; }

    /// <summary>The colloquial and typo rewrites applied to questions before anything reads them.</summary>
    public QuestionRewriter Rewriter { get; }

    /// <summary>Loads <c>synonyms.json</c> (<c>{ "groups": [["物业费", "管理费"], ...], "rewrites": [["咋", "怎么"], ...] }</c>).</summary>
    public static SynonymTable Load(string dataDirectory)
    {
        var file = KnowledgeJson.Read(Path.Combine(dataDirectory, "synonyms.json"), KnowledgeJson.Default.SynonymFile);
        var empty = file.Groups.FirstOrDefault(g => g.Count < 2 || g.Any(string.IsNullOrWhiteSpace));
        if (empty is not null)
        {
            throw new KnowledgeDataException($"synonyms.json: every group needs at least two non-empty words (group starting '{(empty.Count > 0 ? empty[0] : "")}').");
        }

        var rewrites = file.Rewrites ?? [];
        var bad = rewrites.FirstOrDefault(r => r.Count != 2 || string.IsNullOrEmpty(r[0]) || r[1] is null || r[0] == r[1]);
        return bad is null
            ? new SynonymTable(file.Groups, new QuestionRewriter(rewrites.Select(r => (r[0], r[1]))), file.Subjects)
            : throw new KnowledgeDataException($"synonyms.json: every rewrite is a pair [from, to] with a non-empty, different 'from' (rewrite '{string.Join(", ", bad)}').");
    }

    /// <summary>The canonical terms of the groups mentioned in a normalised text (each once).</summary>
    public IReadOnlyList<string> CanonicalTermsIn(string normalized)
    {
        var taken = new bool[normalized.Length];
        var found = new List<string>();
        foreach (var (member, canonical) in _members)
        {
            var at = 0;
            while ((at = normalized.IndexOf(member, at, StringComparison.Ordinal)) >= 0)
            {
                if (!taken.AsSpan(at, member.Length).Contains(true))
                {
                    taken.AsSpan(at, member.Length).Fill(true);
                    if (!found.Contains(canonical))
                    {
                        found.Add(canonical);
                    }
                }

                at += member.Length;
            }
        }

        return found;
    }

    /// <summary>The normalised text followed by the canonical terms it mentions.</summary>
    public string Expand(string normalized)
    {
        var terms = CanonicalTermsIn(normalized);
        if (terms.Count == 0)
        {
            return normalized;
        }

        var text = new StringBuilder(normalized);
        foreach (var term in terms)
        {
            text.Append(' ').Append(term);
        }

        return text.ToString();
    }
}
