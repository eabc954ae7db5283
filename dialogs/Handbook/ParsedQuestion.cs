using System.Globalization;
using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Dialogs.Handbook;

/// <summary>A question after normalisation (Simplified Chinese) with the entities the recognizer found in it.</summary>
internal sealed record ParsedQuestion(string Text, IReadOnlyList<RecognizedEntity> Entities)
{
    public bool Mentions(params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (Text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<RecognizedEntity> All(string type) => Entities.Where(e => e.Type == type);

    /// <summary>
    /// "老人家一直以为是一年交一次，搞不清楚。那一个季度要交多少钱？": the last sentence that asks, as a question of its own,
    /// when the message has others beside it; null when the whole message is that sentence or none asks.
    /// </summary>
    public ParsedQuestion? LastAskingSentence()
    {
        var end = Text.Length;
        while (end > 0)
        {
            // The sentence that ends at `end` with its closing marks: it starts after the previous sentence's marks.
            var body = end;
            while (body > 0 && Array.IndexOf(SentenceEnds, Text[body - 1]) >= 0)
            {
                body--;
            }

            var start = body == 0 ? 0 : Text.LastIndexOfAny(SentenceEnds, body - 1) + 1;
            if (Asks(Text[start..end]))
            {
                return start == 0 && end == Text.Length ? null
                    : new ParsedQuestion(Text[start..end], [.. Entities.Where(e => e.Start >= start && e.End <= end).Select(e => e with { Start = e.Start - start })]);
            }

            end = start;
        }

        return null;
    }

    private static readonly char[] SentenceEnds = ['。', '！', '!', '？', '?', '；', ';', '\n'];

    private static bool Asks(string sentence) =>
        sentence.Contains('？') || sentence.Contains('?') || sentence.Contains("多少", StringComparison.Ordinal) || sentence.Contains('吗')
        || sentence.Contains("how much", StringComparison.OrdinalIgnoreCase);

    public RecognizedEntity? First(string type) => Entities.FirstOrDefault(e => e.Type == type);

    public decimal? FirstNumber(string type) =>
        First(type) is { } entity && decimal.TryParse(entity.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>The text right after an entity (up to <paramref name="length"/> characters).</summary>
    public string After(RecognizedEntity entity, int length) =>
        Text.Substring(entity.End, Math.Min(length, Text.Length - entity.End));

    /// <summary>The text right before an entity (up to <paramref name="length"/> characters).</summary>
    public string Before(RecognizedEntity entity, int length)
    {
        var start = Math.Max(0, entity.Start - length);
        return Text[start..entity.Start];
    }
}
