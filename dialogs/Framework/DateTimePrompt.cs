using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Dialogs.Framework;

/// <summary>Asks for a date and/or time (明天下午三点, 周三上午, 15:30); the result is the first such entity.</summary>
public sealed class DateTimePrompt(string id, EntityExtractor extract, PromptValidator<RecognizedEntity>? validator = null)
    : Prompt<RecognizedEntity>(id, validator)
{
    protected override (bool Succeeded, RecognizedEntity? Value) Recognize(TurnContext turn, PromptOptions options)
    {
        foreach (var entity in extract(turn.NormalizedText, turn.Now))
        {
            if (entity.Type is EntityTypes.DateTime or EntityTypes.Date or EntityTypes.Time)
            {
                return (true, entity);
            }
        }
        return (false, null);
    }
}
