namespace ConciergeBot.Knowledge.Handbook;

/// <summary>All handbook entries, loaded from a folder of Markdown files (subfolders included).</summary>
public sealed class HandbookContent
{
    private readonly Dictionary<string, HandbookEntry> _byId;

    internal HandbookContent(IReadOnlyList<HandbookEntry> entries)
    {
        Entries = entries;
        _byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<HandbookEntry> Entries { get; }

    public static HandbookContent Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new KnowledgeDataException($"handbook folder '{folder}' does not exist.");
        }

        var entries = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => HandbookParser.Parse(path, ReadText(path)))
            .ToList();
        var duplicate = entries.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new KnowledgeDataException(
                $"{string.Join(" and ", duplicate.Select(e => Path.GetFileName(e.Path)))}: the id '{duplicate.Key}' is used twice.");
        }

        return entries.Count > 0 ? new HandbookContent(entries) : throw new KnowledgeDataException($"handbook folder '{folder}' has no entries.");
    }

    /// <summary>An entry by its stable id ("safety.gas"), or null.</summary>
    public HandbookEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Entries whose last review is more than a month before <paramref name="today"/> (the monthly review list).</summary>
    public IReadOnlyList<HandbookEntry> DueForReview(DateOnly today) =>
        [.. Entries.Where(e => e.Reviewed < today.AddMonths(-1)).OrderBy(e => e.Reviewed).ThenBy(e => e.Id, StringComparer.Ordinal)];

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new KnowledgeDataException($"{Path.GetFileName(path)}: cannot be read: {e.Message}", e);
        }
    }
}
