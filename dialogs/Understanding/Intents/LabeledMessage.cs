namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>One training message of the intent corpus.</summary>
internal sealed record LabeledMessage(string Text, string Intent, string? Severity);
