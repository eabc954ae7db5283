using System.Diagnostics;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Dialogs.Understanding;

/// <summary>
/// The one entry point for reading an owner's message: normalise (Traditional → Simplified, widths, spaces),
/// classify the intent on the normalised text, and recognise entities (rooms, phones, dates and times, money,
/// areas, numbers) against a reference time.
/// Thread-safe; <see cref="Shared"/> trains the classifier once per process (well under a second).
/// </summary>
public sealed class MessageUnderstanding
{
    private static readonly Lazy<MessageUnderstanding> SharedInstance = new(() => Create(TextNormalizer.Shared));

    private readonly TextNormalizer _normalizer;
    private readonly IntentClassifier _classifier;
    private readonly EntityRecognizer _entities;

    public MessageUnderstanding(TextNormalizer normalizer, IntentClassifier classifier, EntityRecognizer entities)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(entities);
        _normalizer = normalizer;
        _classifier = classifier;
        _entities = entities;
    }

    /// <summary>The process-wide instance, built on first use.</summary>
    public static MessageUnderstanding Shared => SharedInstance.Value;

    /// <summary>How long building <see cref="Shared"/> (normaliser tables, corpus, training) took.</summary>
    public TimeSpan StartupTime { get; private init; }

    public IntentClassifier Classifier => _classifier;

    /// <summary>Builds the pipeline, training the classifier on the embedded corpus as <paramref name="normalizer"/> sees it.</summary>
    public static MessageUnderstanding Create(TextNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        var started = Stopwatch.GetTimestamp();
        // The corpus is written in characters: training reads it without the pinyin decoder, which is built on the first
        // pinyin message (or by the service's warm-up) rather than at start.
        var classifier = IntentClassifier.CreateDefault(normalizer.NormalizeCharacters);
        return new MessageUnderstanding(normalizer, classifier, new EntityRecognizer())
        {
            StartupTime = Stopwatch.GetElapsedTime(started),
        };
    }

    /// <summary>Reads one message. <paramref name="now"/> resolves relative dates and times (Asia/Shanghai).</summary>
    public MessageUnderstandingResult Understand(string raw, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = _normalizer.Normalize(raw);
        var prediction = _classifier.Classify(text.Text);
        var entities = _entities.Recognize(text.Text, now);
        if (entities.Count > 0 && !string.Equals(text.Text, raw, StringComparison.Ordinal))
        {
            var origins = _normalizer.Origins(raw);
            entities = [.. entities.Select(e => e with { OriginalText = TextNormalizer.OriginalSpan(raw, origins, e.Start, e.Length) })];
        }
        return new MessageUnderstandingResult(text, prediction, entities);
    }
}
