using ConciergeBot.Dialogs.Understanding.Acts;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// The classifier's reading of one message.
/// </summary>
/// <param name="Intent">One of <see cref="IntentCode"/>.</param>
/// <param name="Severity"><see cref="IntentCode.SeveritySerious"/> or <see cref="IntentCode.SeverityNormal"/> for a staff complaint, otherwise null.</param>
/// <param name="Confidence">Probability of <paramref name="Intent"/> (0..1).</param>
/// <param name="RunnerUp">The next most likely code, if any.</param>
/// <param name="RunnerUpConfidence">Its probability.</param>
/// <param name="NeedsClarification">True when the dialogs should ask a short clarifying question instead of guessing.</param>
/// <param name="MultipleRequests">True when the message holds two different requests (the intent is the more urgent one).</param>
public sealed record IntentPrediction(
    string Intent,
    string? Severity,
    double Confidence,
    string? RunnerUp,
    double RunnerUpConfidence,
    bool NeedsClarification,
    bool MultipleRequests)
{
    /// <summary>The words that raised the class (an explicit, present life-safety or urgency cue), or null when the class rests on the model.</summary>
    public string? Cue { get; init; }

    /// <summary>True when the message is not about the estate at all (songs, travel, stocks, trivia): answered as small talk, never a ticket.</summary>
    public bool OutOfDomain { get; init; }

    /// <summary>
    /// The words of a life-safety cue inside a question with nothing of the estate around it ("骨折了怎么办"): no class
    /// is raised, but the dialogs ask with one tap whether someone needs help now. Null otherwise.
    /// </summary>
    public string? PossibleDanger { get; init; }

    /// <summary>The conversational act (对 / 不对，是3栋 / 算了 / 没有了 / 谢谢), for the dialogs.</summary>
    public DialogActReading Act { get; init; } = DialogActReading.None;

    /// <summary>
    /// True for a class due within 15 minutes that no firm cue backs (the model alone, or a cue inside a how-to
    /// question): a candidate the dialogs confirm with one tap before dispatching.
    /// </summary>
    public bool NeedsConfirmation => IntentCode.IsTimeCritical(Intent) && Cue is null;
}
