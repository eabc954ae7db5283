using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Root;

/// <summary>
/// Reads a message with the trained intent classifier and the estate's entity recognizer. Unclear messages, and
/// messages with two requests where neither is urgent, are marked for a clarifying question; an urgent
/// request (≤ 15 minutes) is never held up by a question.
/// </summary>
public sealed class TrainedClassifier(IntentClassifier classifier, EntityExtractor entities) : IMessageClassifier
{
    private const int UrgentMinutes = 15;

    public MessageReading Read(string normalizedText, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var prediction = classifier.Classify(normalizedText);
        var urgent = IntentCode.UrgencyMinutes(prediction.Intent) <= UrgentMinutes;
        return new MessageReading(
            prediction.Intent,
            prediction.Confidence,
            entities(normalizedText, now),
            prediction.Severity,
            prediction.RunnerUp,
            !urgent && (prediction.NeedsClarification || prediction.MultipleRequests))
        {
            Act = prediction.Act.Act,
            IsOnlyAct = prediction.Act.IsWholeMessage,
            OutOfDomain = prediction.OutOfDomain,
            Cue = prediction.Cue,
            PossibleDanger = prediction.PossibleDanger,
            NeedsConfirmation = prediction.NeedsConfirmation,
        };
    }
}
