namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

internal sealed record IntentDevExample(string Text, string Intent, string? Severity);
