using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>One classifier trained from the embedded corpus, shared by the tests (training is deterministic).</summary>
internal static class TrainedClassifier
{
    private static readonly Lazy<IntentClassifier> Shared = new(() => IntentClassifier.CreateDefault(static s => s));

    public static IntentClassifier Instance => Shared.Value;
}
