using System.Globalization;
using System.Text;

namespace ConciergeBot.Knowledge.Handbook;

/// <summary>
/// Reads one handbook Markdown file: a front matter block between <c>---</c> lines (<c>key: value</c>, lists as
/// <c>[a, b]</c>) with id, title, source, keywords, effective and reviewed, then the body. Anything malformed is
/// a <see cref="KnowledgeDataException"/> naming the file and the line.
/// </summary>
internal static class HandbookParser
{
    private const string DefaultSource = "业主手册";

    public static HandbookEntry Parse(string path, string text)
    {
        var name = System.IO.Path.GetFileName(path);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new KnowledgeDataException($"{name}: must start with a front matter block ('---' on the first line).");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 1;
        for (; i < lines.Length && lines[i].Trim() != "---"; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new KnowledgeDataException($"{name}: line {i + 1}: expected 'key: value' in the front matter, found '{line.Trim()}'.");
            }

            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        if (i >= lines.Length)
        {
            throw new KnowledgeDataException($"{name}: the front matter is not closed by a '---' line.");
        }

        var paragraphs = Paragraphs(lines.AsSpan(i + 1));
        if (paragraphs.Count == 0)
        {
            throw new KnowledgeDataException($"{name}: the entry has no text.");
        }

        return new HandbookEntry(
            Required(fields, "id", name),
            Required(fields, "title", name),
            fields.TryGetValue("source", out var source) && source.Length > 0 ? source : DefaultSource,
            List(fields.GetValueOrDefault("keywords") ?? fields.GetValueOrDefault("synonyms") ?? ""),
            Date(fields, "effective", name),
            Date(fields, "reviewed", name),
            paragraphs,
            path);
    }

    private static string Required(Dictionary<string, string> fields, string key, string name) =>
        fields.TryGetValue(key, out var value) && value.Length > 0
            ? value.Trim('"', '\'')
            : throw new KnowledgeDataException($"{name}: front matter lacks '{key}'.");

    private static DateOnly Date(Dictionary<string, string> fields, string key, string name)
    {
        var text = Required(fields, key, name);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new KnowledgeDataException($"{name}: '{key}' must be a date like 2026-01-01, found '{text}'.");
    }

    private static List<string> List(string value) =>
        [.. value.Trim().TrimStart('[').TrimEnd(']')
            .Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => k.Trim('"', '\''))
            .Where(k => k.Length > 0)];

    /// <summary>Plain-text paragraphs: blank lines separate them; headings and list markers are dropped.</summary>
    private static List<string> Paragraphs(ReadOnlySpan<string> body)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in body)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            // Headings and list items stand alone; other lines continue the paragraph.
            var standsAlone = line[0] == '#' || line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal);
            if (standsAlone)
            {
                Flush();
            }

            current.Append(line.TrimStart('#', '-', '*', '>', ' ').Replace("**", "", StringComparison.Ordinal));
            if (standsAlone)
            {
                Flush();
            }
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
