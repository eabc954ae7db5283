using ConciergeBot.Knowledge.Handbook;

namespace ConciergeBot.Knowledge.Search;

/// <summary>An entry and how well it matches a question (0 = nothing in common; about 1 = every word matched).</summary>
public sealed record SearchHit(HandbookEntry Entry, double Score);
