using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Splits a message where the owner explicitly moves on to another matter (另外 / 顺便问下 / 还有就是 / 对了 / btw),
/// so that two requests in one message can be told apart.
/// </summary>
public static partial class RequestSplitter
{
    private const int MinimumSegmentLength = 4;

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = TopicSwitch().Split(text);
        if (parts.Length < 2)
        {
            return [text];
        }

        var segments = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var trimmed = part.Trim(' ', '，', ',', '。', '.', '！', '!', '？', '?', '、', '；', ';');
            if (trimmed.Length >= MinimumSegmentLength)
            {
                segments.Add(trimmed);
            }
        }

        return segments.Count == 0 ? [text] : segments;
    }

    /// <summary>The first two matters of a message that holds more than one, or null.</summary>
    public static (string First, string Second)? FirstTwo(string text)
    {
        var segments = Split(text);
        return segments.Count >= 2 ? (segments[0], segments[1]) : null;
    }

    [GeneratedRegex("另外还有|另外|二是|第二件事|顺便问(一)?下|顺便问问|顺便说(一)?下|顺便|还有就是|还有个事|还有问(一)?下|还想问(一)?下|还要问(一)?下|还有一件事|还有一个事|还有(?=[^点些人水一股几两好很多不少别其]{2})|对了|再问(一)?下|再就是|\\bbtw\\b|\\balso\\b|and also", RegexOptions.IgnoreCase)]
    private static partial Regex TopicSwitch();
}
