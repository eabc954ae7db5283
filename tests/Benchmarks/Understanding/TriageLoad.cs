using System.Diagnostics;
using ConciergeBot.Cli;
using ConciergeBot.Dialogs.Understanding;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Benchmarks.Understanding;

/// <summary>
/// A Stopwatch load generator for <c>triage</c> on one thread, for a quick figure without BenchmarkDotNet; it first
/// reports how long building the pipeline (and training the classifier) takes. Targets: under a second to start,
/// ≥ 10,000 messages a second per core.
/// <c>dotnet run -c Release --project tests/Benchmarks -- triage-load [seconds]</c>.
/// </summary>
public static class TriageLoad
{
    public static Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 && double.TryParse(args[0], out var s) ? s : 5;
        using (var self = Process.GetCurrentProcess())
        {
            var before = self.TotalProcessorTime;
            var built = MessageUnderstanding.Create(ConciergeBot.Dialogs.Understanding.Normalization.TextNormalizer.Shared);
            self.Refresh();
            Console.WriteLine($"startup (normaliser tables, corpus, training): {built.StartupTime.TotalMilliseconds:F0} ms wall, " +
                              $"{(self.TotalProcessorTime - before).TotalMilliseconds:F0} ms processor");
        }

        var understanding = MessageUnderstanding.Shared;
        var corpus = IntentCorpus.Load();
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
        var buffer = new MemoryStream();
        for (var i = 0; i < 2000; i++)
        {
            TriageCommand.Triage(corpus[i % corpus.Count].Text, now, understanding, buffer);
        }

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long count = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            TriageCommand.Triage(corpus[(int)(count * 7919 % corpus.Count)].Text, now, understanding, buffer);
            count++;
        }

        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine($"triage: {count} messages in {clock.Elapsed.TotalSeconds:F1} s wall = {count / clock.Elapsed.TotalSeconds:F0} msg/s; " +
                          $"{cpu.TotalSeconds:F1} s processor = {count / cpu.TotalSeconds:F0} msg/s per core");
        return Task.FromResult(0);
    }
}
