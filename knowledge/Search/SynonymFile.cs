namespace ConciergeBot.Knowledge.Search;

/// <summary>The contents of <c>synonyms.json</c>.</summary>
internal sealed record SynonymFile(IReadOnlyList<IReadOnlyList<string>> Groups);
