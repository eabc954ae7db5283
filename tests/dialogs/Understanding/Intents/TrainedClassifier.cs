using ConciergeBot.Dialogs.Understanding;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>The production pipeline (normaliser + classifier trained on the normalised corpus), shared by the tests.</summary>
internal static class TrainedClassifier
{
    public static MessageUnderstanding Understanding => MessageUnderstanding.Shared;

    /// <summary>Classifies a raw message the way production does: normalise, then classify.</summary>
    public static IntentPrediction Classify(string raw) => Understanding.Understand(raw, DateTimeOffset.UnixEpoch).Prediction;

    /// <summary>The message is read as <paramref name="intent"/>, and a cue raised it (so the dialogs dispatch without the one tap).</summary>
    public static void AssertRaisedByACue(string text, string intent)
    {
        var prediction = Classify(text);
        Assert.Equal(intent, prediction.Intent);
        Assert.NotNull(prediction.Cue);
    }
}
