using BenchmarkDotNet.Attributes;
using ConciergeBot.Cli;
using ConciergeBot.Dialogs.Understanding;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Benchmarks.Understanding;

/// <summary>
/// Single-thread throughput of <c>triage</c> (normalise, classify, recognise entities, write the JSON line) and of
/// its parts, over 1,000 owner messages drawn from the corpus. Each operation is one message.
/// <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*Triage*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class TriageBenchmarks : IDisposable
{
    private const int Messages = 1000;
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly MemoryStream _buffer = new();
    private string[] _raw = [];
    private string[] _normalized = [];
    private MessageUnderstanding _understanding = null!;

    [GlobalSetup]
    public void Setup()
    {
        _understanding = MessageUnderstanding.Shared;
        var corpus = IntentCorpus.Load();
        _raw = [.. Enumerable.Range(0, Messages).Select(i => corpus[(int)((i * 7919L) % corpus.Count)].Text)];
        _normalized = [.. _raw.Select(t => TextNormalizer.Shared.Normalize(t).Text)];
    }

    public void Dispose()
    {
        _buffer.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public int Triage()
    {
        var total = 0;
        foreach (var text in _raw)
        {
            total += TriageCommand.Triage(text, Now, _understanding, _buffer).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public int Normalize()
    {
        var total = 0;
        foreach (var text in _raw)
        {
            total += TextNormalizer.Shared.Normalize(text).Text.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public double Classify()
    {
        var total = 0.0;
        foreach (var text in _normalized)
        {
            total += _understanding.Classifier.Classify(text).Confidence;
        }

        return total;
    }
}
