using System.Diagnostics;
using System.Runtime;
using ConciergeBot.Cli;
using ConciergeBot.Dialogs.Understanding;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Benchmarks.Understanding;

/// <summary>
/// Where the processor time of <c>triage-load</c> goes: the same messages in the same order, each stage of one
/// <c>triage</c> timed on its own (normalise, classify, entities, the original spans of entities, the JSON line),
/// then what the process spends beside the measuring thread (garbage collection, the JIT) and the bytes allocated
/// per message. <c>dotnet run -c Release --project tests/Benchmarks -- triage-breakdown [seconds]</c>.
/// </summary>
public static class TriageBreakdown
{
    public static Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 && double.TryParse(args[0], out var s) ? s : 5;
        var understanding = MessageUnderstanding.Shared;
        var normalizer = TextNormalizer.Shared;
        var entities = new EntityRecognizer();
        var corpus = IntentCorpus.Load();
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
        var buffer = new MemoryStream();
        for (var i = 0; i < 2000; i++)
        {
            TriageCommand.Triage(corpus[i % corpus.Count].Text, now, understanding, buffer);
        }

        string[] names = ["normalise", "classify", "entities", "origins of entity spans", "whole triage (for the JSON line: whole - rest)"];
        var ticks = new long[names.Length];
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pauseBefore = GC.GetTotalPauseDuration();
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        var jitMethodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var clock = Stopwatch.StartNew();
        long count = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var raw = corpus[(int)(count * 7919 % corpus.Count)].Text;
            var t0 = Stopwatch.GetTimestamp();
            var text = normalizer.Normalize(raw);
            var t1 = Stopwatch.GetTimestamp();
            understanding.Classifier.Classify(text.Text);
            var t2 = Stopwatch.GetTimestamp();
            var found = entities.Recognize(text.Text, now);
            var t3 = Stopwatch.GetTimestamp();
            if (found.Count > 0 && !string.Equals(text.Text, raw, StringComparison.Ordinal))
            {
                normalizer.Origins(raw);
            }

            var t4 = Stopwatch.GetTimestamp();
            TriageCommand.Triage(raw, now, understanding, buffer);
            var t5 = Stopwatch.GetTimestamp();
            ticks[0] += t1 - t0;
            ticks[1] += t2 - t1;
            ticks[2] += t3 - t2;
            ticks[3] += t4 - t3;
            ticks[4] += t5 - t4;
            count++;
        }

        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var wall = clock.Elapsed;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine($"{count} messages; each measured twice (the stages, then the whole triage), so halve the rates below");
        for (var k = 0; k < names.Length; k++)
        {
            Console.WriteLine($"  {names[k],-50} {ticks[k] * 1e6 / Stopwatch.Frequency / count,7:F1} µs/msg");
        }

        var stagesRest = (ticks[4] - ticks[0] - ticks[1] - ticks[2] - ticks[3]) * 1e6 / Stopwatch.Frequency / count;
        Console.WriteLine($"  {"JSON line and the rest (whole - stages)",-50} {stagesRest,7:F1} µs/msg");
        Console.WriteLine($"wall {wall.TotalSeconds:F1} s, process processor time {cpu.TotalSeconds:F1} s ({cpu / wall:P0} of one core)");
        Console.WriteLine($"allocated {allocated / (2.0 * count):F0} bytes per triage; GC gen0/1/2 {GC.CollectionCount(0) - gcBefore.Item1}/" +
                          $"{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}, paused " +
                          $"{(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms; server GC {GCSettings.IsServerGC}");
        Console.WriteLine($"JIT during the run: {System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsBefore} methods, " +
                          $"{(System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds:F0} ms");
        return Task.FromResult(0);
    }
}
