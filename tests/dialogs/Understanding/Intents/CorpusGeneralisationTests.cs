using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Keeps the corpus honest: a held-out slice of the corpus itself, and a small set of fresh messages written
/// for this test only (<c>Data/fresh-holdout.tsv</c>, never in the corpus), must be read correctly by a model
/// that did not train on them.
/// </summary>
public sealed class CorpusGeneralisationTests(ITestOutputHelper output)
{
    private static string Normalize(string text) => TextNormalizer.Shared.Normalize(text).Text;

    /// <summary>The out-of-domain class is reported as small talk (with <see cref="IntentPrediction.OutOfDomain"/> set).</summary>
    private static string Public(string label) => label == IntentCorpus.OutOfDomain ? IntentCode.Smalltalk : label;

    [Fact]
    public void A_model_trained_without_every_tenth_corpus_line_reads_those_lines()
    {
        var corpus = IntentCorpus.Load();
        var train = corpus.Where((_, i) => i % 10 != 3).ToList();
        var held = corpus.Where((_, i) => i % 10 == 3).ToList();
        var classifier = IntentClassifier.Train(train, Normalize);

        var predictions = held.Select(m => (Message: m, Prediction: classifier.Classify(Normalize(m.Text)))).ToList();
        var wrong = predictions.Where(p => p.Prediction.Intent != Public(p.Message.Intent)).Select(p => p.Message).ToList();
        var accuracy = 1.0 - ((double)wrong.Count / held.Count);
        var calibrationError = predictions
            .GroupBy(p => Math.Min(9, (int)(p.Prediction.Confidence * 10)))
            .Sum(bin => bin.Count() * Math.Abs(bin.Average(p => p.Prediction.Confidence) - bin.Average(p => p.Prediction.Intent == Public(p.Message.Intent) ? 1.0 : 0.0)))
            / predictions.Count;
        output.WriteLine($"corpus hold-out accuracy {accuracy:F3} ({held.Count - wrong.Count}/{held.Count}), expected calibration error {calibrationError:F3}");
        Assert.True(calibrationError <= 0.05, $"confidence is not calibrated: ECE {calibrationError:F3}");
        foreach (var m in wrong.Take(40))
        {
            output.WriteLine($"  {m.Intent} -> {classifier.Classify(Normalize(m.Text)).Intent}: {m.Text}");
        }

        Assert.True(accuracy >= 0.90, $"corpus hold-out accuracy {accuracy:F3}");
    }

    [Fact]
    public void Fresh_messages_outside_the_corpus_are_read_correctly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "dialogs", "Understanding", "Intents", "Data", "fresh-holdout.tsv");
        var rows = File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => l.Split('\t', 2)).ToList();
        var corpus = IntentCorpus.Load().Select(m => m.Text).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(rows, r => corpus.Contains(r[1]));

        var wrong = 0;
        var slowed = 0;
        foreach (var row in rows)
        {
            var prediction = TrainedClassifier.Classify(row[1]);
            if (prediction.Intent != row[0])
            {
                wrong++;
                output.WriteLine($"  {row[0]} -> {prediction.Intent} ({prediction.Confidence:F2}): {row[1]}");
                slowed += IntentCode.IsTimeCritical(row[0]) && IntentCode.IsSlower(prediction.Intent, row[0]) ? 1 : 0;
            }
        }

        var accuracy = 1.0 - ((double)wrong / rows.Count);
        output.WriteLine($"fresh hold-out accuracy {accuracy:F3} ({rows.Count - wrong}/{rows.Count}), slowed {slowed}");
        Assert.True(accuracy >= 0.9, $"fresh hold-out accuracy {accuracy:F3}");
        Assert.Equal(0, slowed);
    }

}
