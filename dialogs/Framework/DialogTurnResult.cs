namespace ConciergeBot.Dialogs.Framework;

/// <summary>What a dialog operation did: still waiting for input, finished (with a result), or cancelled.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);
}

public enum DialogTurnStatus
{
    Empty,
    Waiting,
    Complete,
    Cancelled,
}

public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
