using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Framework;

/// <summary>Asks for free text; any non-blank answer is accepted (the original text, not the normalised one).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override (bool Succeeded, string? Value) Recognize(TurnContext turn, PromptOptions options)
    {
        var text = turn.Activity.Text?.Trim();
        return string.IsNullOrEmpty(text) ? (false, null) : (true, text);
    }
}
