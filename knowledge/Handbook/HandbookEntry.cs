namespace ConciergeBot.Knowledge.Handbook;

/// <summary>One handbook entry (one Markdown file): a single topic an owner or staff member asks about.</summary>
/// <param name="Id">Stable id other code refers to ("safety.fire", "rule.quiet-hours").</param>
/// <param name="Title">The entry's title (物业服务费标准).</param>
/// <param name="Source">The document it belongs to, cited in answers (收费标准, 管理规约).</param>
/// <param name="Keywords">Synonyms and colloquial terms owners use for this topic.</param>
/// <param name="Effective">Date the rule or fee took effect.</param>
/// <param name="Reviewed">Date the entry was last checked (monthly review).</param>
/// <param name="Paragraphs">Body paragraphs, plain text; the first is the short answer.</param>
/// <param name="Path">File the entry was read from.</param>
public sealed record HandbookEntry(
    string Id,
    string Title,
    string Source,
    IReadOnlyList<string> Keywords,
    DateOnly Effective,
    DateOnly Reviewed,
    IReadOnlyList<string> Paragraphs,
    string Path)
{
    /// <summary>The short answer: the first paragraph.</summary>
    public string Summary => Paragraphs.Count > 0 ? Paragraphs[0] : "";

    public string Body => string.Join("\n", Paragraphs);
}
