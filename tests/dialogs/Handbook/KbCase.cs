using System.Text.Json;

namespace ConciergeBot.Tests.Dialogs.Handbook;

/// <summary>One line of a kb-dev shaped question set: the question and the strings a correct answer contains one of (none: no answer exists).</summary>
internal sealed record KbCase(string Question, IReadOnlyList<string> ExpectAny, string Topic)
{
    public static KbCase Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        return new KbCase(
            root.GetProperty("question").GetString()!,
            [.. root.GetProperty("expect_any").EnumerateArray().Select(e => e.GetString()!)],
            root.TryGetProperty("topic", out var topic) ? topic.GetString() ?? "" : "");
    }
}
