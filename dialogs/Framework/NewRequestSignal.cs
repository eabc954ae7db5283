namespace ConciergeBot.Dialogs.Framework;

/// <summary>
/// Turn-state flags between the root and the prompts for "the owner moved on": the root marks a message that
/// reads confidently as a new request; a prompt that cannot use that message as its answer then ends the
/// dialog stack (<see cref="SwitchedKey"/>) so the root handles the new request instead of re-asking.
/// </summary>
public static class NewRequestSignal
{
    public const string CandidateKey = "new-request-candidate";
    public const string SwitchedKey = "new-request-switched";
}
