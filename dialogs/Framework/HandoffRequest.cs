namespace ConciergeBot.Dialogs.Framework;

/// <summary>
/// Set in the turn state when a dialog gives up and hands the user to a person (after too many unusable
/// answers, or on 转人工). The bot then tells the user who will reply and by when.
/// </summary>
public sealed record HandoffRequest(string Reason)
{
    public const string TurnStateKey = "handoff";
}
