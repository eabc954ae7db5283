using BenchmarkDotNet.Running;
using ConciergeBot.Benchmarks.Knowledge;
using ConciergeBot.Benchmarks.Messaging;

namespace ConciergeBot.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Benchmarks -- NAME ...</c>: a load generator by name (below), or
/// BenchmarkDotNet (<c>--filter '*'</c>) for the micro-benchmarks.
/// </summary>
public static class BenchmarkEntry
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> LoadGenerators = new(StringComparer.Ordinal)
    {
        ["load-messages"] = MessagesLoad.RunAsync,
        ["answer-latency"] = AnswerLatency.RunAsync,
        ["triage-load"] = Understanding.TriageLoad.RunAsync,
        ["triage-parts"] = Understanding.TriageParts.RunAsync,
        ["triage-breakdown"] = Understanding.TriageBreakdown.RunAsync,
        ["intent-eval"] = Understanding.IntentEvaluation.RunAsync,
        ["intent-crossval"] = Understanding.IntentEvaluation.CrossValidateAsync,
        ["directline-roundtrip"] = Channels.DirectLineRoundTrip.RunAsync,
        ["load-tickets"] = Tickets.TicketsLoad.RunAsync,
    };

    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && LoadGenerators.TryGetValue(args[0], out var load))
        {
            return await load(args[1..]);
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}
