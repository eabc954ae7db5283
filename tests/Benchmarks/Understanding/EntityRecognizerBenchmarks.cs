using BenchmarkDotNet.Attributes;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Benchmarks.Understanding;

/// <summary>
/// The entity recognizer alone (numbers, money, area, phone, rooms, dates) and normalisation + recognition, on
/// typical owner messages; one operation is one message, so messages/s = 1 s / the reported mean.
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*EntityRecognizer*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class EntityRecognizerBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly EntityRecognizer recognizer = new();
    private string[] normalized = [];

    [GlobalSetup]
    public void Setup() => normalized = [.. OwnerMessages.All.Select(m => TextNormalizer.Shared.Normalize(m).Text)];

    [Benchmark(OperationsPerInvoke = 30)]
    public int Recognize()
    {
        int found = 0;
        foreach (string message in normalized)
        {
            found += recognizer.Recognize(message, Now).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 30)]
    public int NormalizeAndRecognize()
    {
        int found = 0;
        foreach (string message in OwnerMessages.All)
        {
            found += recognizer.Recognize(TextNormalizer.Shared.Normalize(message).Text, Now).Count;
        }

        return found;
    }
}
