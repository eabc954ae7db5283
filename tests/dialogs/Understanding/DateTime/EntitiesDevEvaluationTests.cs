using System.Globalization;
using System.Text.Json;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Entities.Temporal;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Dialogs.Understanding.Temporal;

/// <summary>
/// Precision and recall of the temporal entities (date, time, datetime, duration) on the shared development set
/// <c>tests/fixtures/eval/entities-dev.jsonl</c>. An entity counts when its type and value match one of
/// the message's gold entities (each gold entity matched at most once).
/// </summary>
public class EntitiesDevEvaluationTests(ITestOutputHelper output)
{
    private const double Floor = 0.90;
    private static readonly string[] Types = [EntityTypes.Date, EntityTypes.Time, EntityTypes.DateTime, EntityTypes.Duration];

    [Fact]
    public void TemporalEntitiesMeetTheFloorPerType()
    {
        var recognizer = new DateTimeRecognizer();
        var counts = Types.ToDictionary(t => t, _ => new int[3]); // true positives, false positives, false negatives
        var lines = 0;
        foreach (var line in File.ReadLines(RepoFiles.Fixture("eval/entities-dev.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            lines++;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var now = DateTimeOffset.Parse(root.GetProperty("now").GetString()!, CultureInfo.InvariantCulture);
            var gold = root.GetProperty("entities").EnumerateArray()
                .Select(e => (Type: e.GetProperty("type").GetString()!, Value: e.GetProperty("value").ToString()))
                .Where(e => Types.Contains(e.Type))
                .ToList();
            var found = recognizer.Recognize(text, now).Select(e => (e.Type, e.Value)).ToList();
            var unmatched = new List<(string Type, string Value)>(gold);
            foreach (var f in found)
            {
                if (unmatched.Remove(f))
                {
                    counts[f.Type][0]++;
                }
                else
                {
                    counts[f.Type][1]++;
                    output.WriteLine($"false positive {f.Type}={f.Value} in: {text}");
                }
            }

            foreach (var g in unmatched)
            {
                counts[g.Type][2]++;
                output.WriteLine($"missed {g.Type}={g.Value} in: {text}");
            }
        }

        Assert.True(lines > 0, "entities-dev.jsonl is empty");
        var failures = new List<string>();
        foreach (var type in Types)
        {
            var (tp, fp, fn) = (counts[type][0], counts[type][1], counts[type][2]);
            var precision = tp + fp == 0 ? 1.0 : tp / (double)(tp + fp);
            var recall = tp + fn == 0 ? 1.0 : tp / (double)(tp + fn);
            output.WriteLine($"{type,-9} gold={tp + fn,3} found={tp + fp,3} precision={precision:P1} recall={recall:P1}");
            if (precision < Floor || recall < Floor)
            {
                failures.Add($"{type}: precision {precision:P1}, recall {recall:P1}");
            }
        }

        Assert.True(failures.Count == 0, "Below the 0.90 floor: " + string.Join("; ", failures));
    }
}
