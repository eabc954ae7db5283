using System.Diagnostics;
using ConciergeBot.Dialogs.Understanding;
using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;
using ConciergeBot.Dialogs.Understanding.Normalization.Pinyin;

namespace ConciergeBot.Benchmarks.Understanding;

/// <summary>
/// Where <c>triage</c> spends its time, one stage at a time over the whole corpus on one thread (best of three
/// passes, processor time): <c>dotnet run -c Release --project tests/Benchmarks -- triage-parts</c>.
/// </summary>
public static class TriageParts
{
    public static Task<int> RunAsync(string[] args)
    {
        var started = Stopwatch.GetTimestamp();
        var readings = PinyinReadings.LoadEmbedded();
        var bigrams = CharacterBigrams.Count(IntentCorpus.LoadWritten().Select(m => m.Text));
        Console.WriteLine($"pinyin decoder built (readings {readings.SyllableCount} syllables, character bigrams): {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        var understanding = MessageUnderstanding.Shared;
        var raw = IntentCorpus.Load().Select(m => m.Text).ToArray();
        var normalized = raw.Select(t => TextNormalizer.Shared.Normalize(t).Text).ToArray();
        var entities = new EntityRecognizer();
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
        Measure("normalize", raw.Length, i => TextNormalizer.Shared.Normalize(raw[i]));
        Measure("classify (with safety cues)", raw.Length, i => understanding.Classifier.Classify(normalized[i]));
        var folded = normalized.Select(DialectFolding.Fold).ToArray();
        var features = new List<int>(1024);
        Measure("  regional folding", raw.Length, i => DialectFolding.Fold(normalized[i]));
        Measure("  dialog acts", raw.Length, i => DialogActs.Read(folded[i]));
        Measure("  model features", raw.Length, i =>
        {
            features.Clear();
            TextFeatures.Extract(folded[i], features);
        });
        Measure("  request splitter", raw.Length, i => RequestSplitter.Split(folded[i]));
        Measure("safety cues alone", raw.Length, i => SafetyCues.Find(normalized[i]));
        if (args.Contains("--rules"))
        {
            // Each context rule the classifier may consult, over every message (the classifier calls most of them
            // only for some messages): which are worth making cheaper.
            foreach (var rule in typeof(CueContext).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(m => m.GetParameters() is [{ ParameterType: var type }] && type == typeof(string)))
            {
                Measure("  rule " + rule.Name, raw.Length, i => rule.Invoke(null, [folded[i]]));
            }
        }
        Measure("entities", raw.Length, i => entities.Recognize(normalized[i], now));
        if (args.Contains("--prefilters"))
        {
            ReportPrefilters(normalized);
        }

        return Task.FromResult(0);
    }

    /// <summary>For each cue pattern, its required characters and on how many messages it still runs and matches.</summary>
    private static void ReportPrefilters(string[] messages)
    {
        foreach (var (pattern, kind) in SafetyCues.AllPatterns)
        {
            var name = pattern.GetType().Name;
            var needs = RequiredCharacters.Analyse(pattern.ToString(), pattern.Options);
            var filter = RequiredCharacters.Of(pattern);
            var runs = messages.Count(m => filter is null || m.AsSpan().ContainsAny(filter));
            var matches = messages.Count(pattern.IsMatch);
            var shown = needs is null ? "(none)" : new string([.. needs.Order().Take(40)]);
            Console.WriteLine($"{kind,-13} {name,-30} runs on {100.0 * runs / messages.Length,5:F1}%, matches {100.0 * matches / messages.Length,5:F1}%; needs {shown}");
        }
    }

    private static void Measure(string name, int count, Action<int> stage)
    {
        for (var i = 0; i < Math.Min(count, 3000); i++)
        {
            stage(i);
        }

        using var process = Process.GetCurrentProcess();
        var best = double.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            for (var i = 0; i < count; i++)
            {
                stage(i);
            }

            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - before).TotalMilliseconds);
        }

        Console.WriteLine($"{name}: {best:F0} ms processor for {count} messages = {count / best * 1000:F0} msg/s");
    }
}
