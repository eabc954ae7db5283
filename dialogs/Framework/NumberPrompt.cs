using System.Globalization;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Dialogs.Framework;

/// <summary>Asks for a number; understands Arabic and Chinese numerals through the entity recognizer.</summary>
public sealed class NumberPrompt(string id, EntityExtractor extract, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    protected override (bool Succeeded, decimal Value) Recognize(TurnContext turn, PromptOptions options)
    {
        if (decimal.TryParse(turn.NormalizedText.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var plain))
        {
            return (true, plain);
        }
        foreach (var entity in extract(turn.NormalizedText, turn.Now))
        {
            if (entity.IsNumeric && decimal.TryParse(entity.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return (true, value);
            }
        }
        return (false, 0);
    }
}
