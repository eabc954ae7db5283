using System.Text;
using System.Text.Json;
using ConciergeBot.Dialogs.Understanding.Intents;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The intent classifier measured on the held-out development set <c>tests/fixtures/eval/intents-dev.jsonl</c>
/// (read at test time, never trained on). Thresholds from issue 3.
/// </summary>
public sealed class IntentDevSetTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<(IntentDevExample Example, IntentPrediction Prediction)>> Results = new(Evaluate);

    [Fact]
    public void Accuracy_on_the_dev_set_is_at_least_0_92()
    {
        var results = Results.Value;
        var correct = results.Count(r => r.Prediction.Intent == r.Example.Intent);
        var accuracy = (double)correct / results.Count;
        output.WriteLine($"intent accuracy {accuracy:F3} ({correct}/{results.Count})");
        output.WriteLine(Confusions(results));
        Assert.True(accuracy >= 0.92, $"accuracy {accuracy:F3} < 0.92\n{Confusions(results)}");
    }

    [Fact]
    public void Every_emergency_is_recognised()
    {
        var missed = Results.Value.Where(r => r.Example.Intent == IntentCode.Emergency && r.Prediction.Intent != IntentCode.Emergency).ToList();
        Assert.True(missed.Count == 0, "missed emergencies:\n" + string.Join('\n', missed.Select(Describe)));
    }

    [Fact]
    public void No_message_due_within_15_minutes_is_classified_into_a_slower_class()
    {
        var slowed = Results.Value
            .Where(r => IntentCode.IsTimeCritical(r.Example.Intent) && IntentCode.IsSlower(r.Prediction.Intent, r.Example.Intent))
            .ToList();
        Assert.True(slowed.Count == 0, "slowed down:\n" + string.Join('\n', slowed.Select(Describe)));
    }

    [Fact]
    public void Staff_complaint_severity_matches_on_most_staff_complaints()
    {
        var staff = Results.Value.Where(r => r.Example.Intent == IntentCode.ComplaintStaff && r.Prediction.Intent == IntentCode.ComplaintStaff).ToList();
        var agree = staff.Count(r => r.Prediction.Severity == r.Example.Severity);
        output.WriteLine($"severity agreement {agree}/{staff.Count}");
        foreach (var r in staff.Where(r => r.Prediction.Severity != r.Example.Severity))
        {
            output.WriteLine($"  gold {r.Example.Severity} got {r.Prediction.Severity}: {r.Example.Text}");
        }

        Assert.True(agree >= staff.Count * 0.85, $"severity agreement {agree}/{staff.Count}");
    }

    private static IReadOnlyList<(IntentDevExample, IntentPrediction)> Evaluate()
    {
        return [.. Load().Select(e => (e, TrainedClassifier.Classify(e.Text)))];
    }

    internal static IReadOnlyList<IntentDevExample> Load()
    {
        var list = new List<IntentDevExample>();
        foreach (var line in File.ReadLines(RepoFiles.Fixture("eval/intents-dev.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            list.Add(new IntentDevExample(
                root.GetProperty("text").GetString()!,
                root.GetProperty("intent").GetString()!,
                root.TryGetProperty("severity", out var s) ? s.GetString() : null));
        }

        return list;
    }

    private static string Confusions(IReadOnlyList<(IntentDevExample Example, IntentPrediction Prediction)> results)
    {
        var sb = new StringBuilder("confusions (gold -> predicted):\n");
        foreach (var r in results.Where(r => r.Prediction.Intent != r.Example.Intent).OrderBy(r => r.Example.Intent, StringComparer.Ordinal))
        {
            sb.AppendLine(Describe(r));
        }

        return sb.ToString();
    }

    private static string Describe((IntentDevExample Example, IntentPrediction Prediction) r) =>
        $"  {r.Example.Intent} -> {r.Prediction.Intent} ({r.Prediction.Confidence:F2}; 2nd {r.Prediction.RunnerUp} {r.Prediction.RunnerUpConfidence:F2}): {r.Example.Text}";
}
