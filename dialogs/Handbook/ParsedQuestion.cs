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
