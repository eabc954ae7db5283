namespace ConciergeBot.Knowledge.Search;

/// <summary>
/// The contents of <c>synonyms.json</c>: synonym groups, optional rewrites of colloquial words and typos ([from, to]
/// pairs), and optional subjects — places and services owners ask about (健身房, 游泳池 ...) that an entry must name
/// to answer a question naming them.
/// </summary>
internal sealed record SynonymFile(
    IReadOnlyList<IReadOnlyList<string>> Groups, IReadOnlyList<IReadOnlyList<string>>? Rewrites = null, IReadOnlyList<string>? Subjects = null);
