using ConciergeBot.Dialogs.Root;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// The real classifier, except that a message containing <paramref name="phrase"/> is read as <paramref name="intent"/> by
/// the model alone (no cue), so the dialogs must confirm it with one tap — whatever this corpus's model makes of it.
/// </summary>
internal sealed class ModelOnlyClassifier(string phrase, string intent, IMessageClassifier inner) : IMessageClassifier
{
    public MessageReading Read(string normalizedText, DateTimeOffset now) =>
        normalizedText.Contains(phrase, StringComparison.Ordinal)
            ? inner.Read(normalizedText, now) with { Intent = intent, Confidence = 0.6, RunnerUp = ConciergeBot.Dialogs.Understanding.Intents.IntentCode.ComplaintOther, Cue = null, OutOfDomain = false, NeedsClarification = false, NeedsConfirmation = true }
            : inner.Read(normalizedText, now);
}
