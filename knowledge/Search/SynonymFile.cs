namespace ConciergeBot.Knowledge.Search;

/// <summary>The contents of <c>synonyms.json</c>: synonym groups, and optional rewrites of colloquial words and typos ([from, to] pairs).</summary>
internal sealed record SynonymFile(IReadOnlyList<IReadOnlyList<string>> Groups, IReadOnlyList<IReadOnlyList<string>>? Rewrites = null);
