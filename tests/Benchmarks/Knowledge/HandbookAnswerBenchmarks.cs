using BenchmarkDotNet.Attributes;
using ConciergeBot.Dialogs.Handbook;
using ConciergeBot.Knowledge.Store;

namespace ConciergeBot.Benchmarks.Knowledge;

/// <summary>Time to answer one question with the handbook loaded (<c>--filter '*HandbookAnswer*' --job short</c>).</summary>
[MemoryDiagnoser]
public class HandbookAnswerBenchmarks
{
    private HandbookAnswerer _answerer = null!;
    private KnowledgeStore _store = null!;

    [ParamsSource(nameof(Questions))]
    public string Question { get; set; } = "";

    public static IEnumerable<string> Questions => SampleQuestions.All.Take(16);

    [GlobalSetup]
    public void Setup() => (_answerer, _store) = AnswererFactory.Create();

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark]
    public HandbookAnswer Answer() => _answerer.Answer(Question);
}
