namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>One training message of the intent corpus.</summary>
/// <param name="Text">The message as written.</param>
/// <param name="Intent">An <see cref="IntentCode"/>, or <see cref="IntentCorpus.OutOfDomain"/>.</param>
/// <param name="Severity">The staff-complaint severity, when the intent is a staff complaint.</param>
/// <param name="Source">Where the line comes from (<c>template</c> or the writer's file name), for cross-writer validation.</param>
/// <param name="Act">The dialog act of a short conversational reply (<c>affirm</c>, <c>deny</c>, ...), when the writer labelled one.</param>
internal sealed record LabeledMessage(string Text, string Intent, string? Severity, string Source = "template", string? Act = null);
