using System.Text.Json;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Benchmarks.Understanding;

/// <summary>
/// Measures the intent classifier on labelled files, the way the issue's targets are stated:
/// <c>dotnet run -c Release --project tests/Benchmarks -- intent-eval [--errors] FILE...</c>.
/// <list type="bullet">
/// <item><c>.jsonl</c> — <c>{"text","intent","severity"?,"ood"?}</c>: accuracy, emergencies recognised, 10/15-minute
/// messages slowed, false alarms (a slower message put in a 10/15-minute class), out-of-domain recall.</item>
/// <item><c>.tsv</c> — <c>label&lt;TAB&gt;text</c> (corpus format, <c>ood</c> and <c>act.*</c> labels read as small talk).</item>
/// <item><c>.txt</c> — general-domain messages, one per line, none about the estate: the false-alarm rate.</item>
/// </list>
/// <c>intent-crossval</c> trains without each hand-written corpus file in turn and measures on it (cross-writer
/// generalisation: the writers were briefed independently).
/// </summary>
public static class IntentEvaluation
{
    private static string Normalize(string text) => TextNormalizer.Shared.Normalize(text).Text;

    // Trained as the service trains (MessageUnderstanding.Create): the corpus read without the pinyin decoder.
    private static string NormalizeForTraining(string text) => TextNormalizer.Shared.NormalizeCharacters(text);

    public static Task<int> RunAsync(string[] args)
    {
        var showErrors = args.Contains("--errors");
        var classifier = IntentClassifier.CreateDefault(NormalizeForTraining);
        foreach (var file in args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)))
        {
            Report(Path.GetFileName(file), Load(file), classifier, showErrors);
        }

        return Task.FromResult(0);
    }

    public static Task<int> CrossValidateAsync(string[] args)
    {
        var showErrors = args.Contains("--errors");
        var share = Option(args, "--templates", 1.0);
        var step = share <= 0 ? int.MaxValue : (int)Math.Round(1 / share);
        var templates = IntentCorpus.LoadTemplates().Where((_, i) => i % step == 0);
        var corpus = IntentCorpus.LoadWritten().Concat(templates).ToList();
        var total = new Score();
        var holdIndex = Array.IndexOf(args, "--hold");
        var hold = holdIndex >= 0 && holdIndex + 1 < args.Length ? args[holdIndex + 1].Split(',') : null;
        foreach (var source in corpus.Select(m => m.Source).Where(s => s != "template" && (hold is null || hold.Contains(s))).Distinct().Order())
        {
            var classifier = IntentClassifier.Train([.. corpus.Where(m => m.Source != source)], NormalizeForTraining);
            var held = corpus.Where(m => m.Source == source)
                .Select(m => new Example(m.Text, m.Intent == IntentCorpus.OutOfDomain ? IntentCode.Smalltalk : m.Intent, m.Intent == IntentCorpus.OutOfDomain))
                .ToList();
            total.Add(Report(source + " (held out)", held, classifier, showErrors));
        }

        Console.WriteLine($"ALL held out: {total}");
        return Task.FromResult(0);
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && double.TryParse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private static Score Report(string name, IReadOnlyList<Example> examples, IntentClassifier classifier, bool showErrors)
    {
        var score = new Score();
        foreach (var example in examples)
        {
            var prediction = classifier.Classify(Normalize(example.Text));
            var correct = score.Add(example, prediction);
            if (showErrors && !correct)
            {
                Console.WriteLine($"  {example.Intent}{(example.OutOfDomain ? "/ood" : "")} -> {prediction.Intent}{(prediction.OutOfDomain ? "/ood" : "")} {prediction.Confidence:F2} cue={prediction.Cue}: {example.Text}");
            }
        }

        Console.WriteLine($"{name}: {score}");
        return score;
    }

    private static List<Example> Load(string file)
    {
        var lines = File.ReadAllLines(file).Where(l => !string.IsNullOrWhiteSpace(l));
        return Path.GetExtension(file) switch
        {
            ".jsonl" => [.. lines.Select(FromJson)],
            ".tsv" => [.. lines.Select(l => l.Split('\t', 2)).Select(p => new Example(p[1], Label(p[0]), p[0] == IntentCorpus.OutOfDomain))],
            _ => [.. lines.Select(l => new Example(l.Trim(), IntentCode.Smalltalk, true))],
        };
    }

    private static string Label(string label) =>
        label.StartsWith("act.", StringComparison.Ordinal) || label == IntentCorpus.OutOfDomain ? IntentCode.Smalltalk
        : label.StartsWith(IntentCode.ComplaintStaff, StringComparison.Ordinal) ? IntentCode.ComplaintStaff : label;

    private static Example FromJson(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        return new Example(
            root.GetProperty("text").GetString()!,
            root.GetProperty("intent").GetString()!,
            root.TryGetProperty("ood", out var ood) && ood.ValueKind == JsonValueKind.True);
    }

    private sealed record Example(string Text, string Intent, bool OutOfDomain);

    private sealed class Score
    {
        private int _count;
        private int _correct;
        private int _emergencies;
        private int _emergenciesFound;
        private int _slowed;
        private int _falseFast;
        private int _notFast;
        private int _ood;
        private int _oodFound;

        public bool Add(Example example, IntentPrediction prediction)
        {
            _count++;
            var correct = prediction.Intent == example.Intent;
            _correct += correct ? 1 : 0;
            if (example.Intent == IntentCode.Emergency)
            {
                _emergencies++;
                _emergenciesFound += correct ? 1 : 0;
            }

            if (IntentCode.IsTimeCritical(example.Intent))
            {
                _slowed += IntentCode.IsSlower(prediction.Intent, example.Intent) ? 1 : 0;
            }
            else
            {
                _notFast++;
                _falseFast += IntentCode.IsTimeCritical(prediction.Intent) ? 1 : 0;
            }

            if (example.OutOfDomain)
            {
                _ood++;
                _oodFound += prediction.OutOfDomain ? 1 : 0;
            }

            return correct;
        }

        public void Add(Score other)
        {
            _count += other._count;
            _correct += other._correct;
            _emergencies += other._emergencies;
            _emergenciesFound += other._emergenciesFound;
            _slowed += other._slowed;
            _falseFast += other._falseFast;
            _notFast += other._notFast;
            _ood += other._ood;
            _oodFound += other._oodFound;
        }

        public override string ToString() =>
            $"n={_count} accuracy={(double)_correct / Math.Max(1, _count):F3} emergencies {_emergenciesFound}/{_emergencies} slowed={_slowed} " +
            $"false-fast={_falseFast}/{_notFast} ({100.0 * _falseFast / Math.Max(1, _notFast):F2}%) ood-recall={_oodFound}/{_ood}";
    }
}
