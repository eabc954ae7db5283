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
    bool MultipleRequests);
