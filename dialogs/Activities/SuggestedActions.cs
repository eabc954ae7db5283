namespace ConciergeBot.Dialogs.Activities;

/// <summary>Quick-reply buttons shown under a message.</summary>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions, IReadOnlyList<string>? To = null);
