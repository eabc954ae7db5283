using System.Globalization;
using System.Text.Json;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Normalization;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Dialogs.Understanding.Entities;

/// <summary>
/// The development set tests/fixtures/eval/entities-dev.jsonl: per message the multiset of
/// (type, value) pairs of the evaluated types is compared with what the recognizer returns; precision and recall
/// per type and overall must be at least 0.90.
/// </summary>
public sealed class EntityEvaluationTests(ITestOutputHelper output)
{
    private static readonly string[] EvaluatedTypes =
    [
        EntityTypes.Room, EntityTypes.Date, EntityTypes.Time, EntityTypes.DateTime, EntityTypes.Duration,
        EntityTypes.Money, EntityTypes.Area, EntityTypes.Phone,
    ];

    [Fact]
    public void Development_set_precision_and_recall_are_at_least_ninety_percent()
    {
        var recognizer = new EntityRecognizer();
        var expectedByType = EvaluatedTypes.ToDictionary(t => t, _ => 0);
        var predictedByType = EvaluatedTypes.ToDictionary(t => t, _ => 0);
        var correctByType = EvaluatedTypes.ToDictionary(t => t, _ => 0);
        int messages = 0;
        foreach (string line in File.ReadLines(RepoFiles.Fixture("eval/entities-dev.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            messages++;
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            string text = root.GetProperty("text").GetString()!;
            DateTimeOffset now = DateTimeOffset.Parse(root.GetProperty("now").GetString()!, CultureInfo.InvariantCulture);
            List<string> expected = [.. root.GetProperty("entities").EnumerateArray()
                .Select(e => Key(e.GetProperty("type").GetString()!, e.GetProperty("value")))
                .OfType<string>()];
            List<string> predicted = [.. recognizer.Recognize(TextNormalizer.Shared.Normalize(text).Text, now)
                .Where(e => EvaluatedTypes.Contains(e.Type))
                .Select(e => e.Type + "=" + e.Value)];

            var unmatched = new List<string>(predicted);
            var missed = new List<string>();
            foreach (string key in expected)
            {
                string type = key[..key.IndexOf('=', StringComparison.Ordinal)];
                expectedByType[type]++;
                if (unmatched.Remove(key))
                {
                    correctByType[type]++;
                }
                else
                {
                    missed.Add(key);
                }
            }

            foreach (string key in predicted)
            {
                predictedByType[key[..key.IndexOf('=', StringComparison.Ordinal)]]++;
            }

            if (missed.Count > 0 || unmatched.Count > 0)
            {
                output.WriteLine($"{text} | missed [{string.Join(", ", missed)}] | extra [{string.Join(", ", unmatched)}]");
            }
        }

        output.WriteLine($"{messages} messages");
        foreach (string type in EvaluatedTypes)
        {
            output.WriteLine($"{type,-9} precision {Ratio(correctByType[type], predictedByType[type]):F3}  recall {Ratio(correctByType[type], expectedByType[type]):F3}  ({correctByType[type]} correct, {predictedByType[type]} found, {expectedByType[type]} expected)");
        }

        double precision = Ratio(correctByType.Values.Sum(), predictedByType.Values.Sum());
        double recall = Ratio(correctByType.Values.Sum(), expectedByType.Values.Sum());
        output.WriteLine($"overall   precision {precision:F3}  recall {recall:F3}");
        Assert.True(precision >= 0.90, $"overall precision {precision:F3}");
        Assert.True(recall >= 0.90, $"overall recall {recall:F3}");
        foreach (string type in EvaluatedTypes)
        {
            Assert.True(Ratio(correctByType[type], predictedByType[type]) >= 0.90, $"{type} precision");
            Assert.True(Ratio(correctByType[type], expectedByType[type]) >= 0.90, $"{type} recall");
        }
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static string? Key(string type, JsonElement value) =>
        !EvaluatedTypes.Contains(type) ? null
        : value.ValueKind == JsonValueKind.Number ? type + "=" + EntityValueFormat.Number(value.GetDouble())
        : type + "=" + value.GetString();
}
