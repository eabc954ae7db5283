using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Tests.Dialogs.Understanding.Entities;

/// <summary>Runs a raw message through normalisation and the composite recognizer, as the pipeline does.</summary>
internal static class Recognize
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly EntityRecognizer Recognizer = new();

    public static IReadOnlyList<RecognizedEntity> All(string message) =>
        Recognizer.Recognize(TextNormalizer.Shared.Normalize(message).Text, Now);

    /// <summary>"type=value" of the entities of one type, in order.</summary>
    public static string[] Values(string message, string type) =>
        [.. All(message).Where(e => e.Type == type).Select(e => e.Value)];

    /// <summary>"type=value" of every entity, in order.</summary>
    public static string Describe(string message) => string.Join(" ", All(message).Select(e => $"{e.Type}={e.Value}"));
}
