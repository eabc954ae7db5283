using System.Diagnostics;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>Processor time of this process spent in an action: the best of a few runs.</summary>
internal static class ProcessorTime
{
    public static TimeSpan BestOf(int runs, Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            using var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            action();
            process.Refresh();
            var spent = process.TotalProcessorTime - before;
            best = spent < best ? spent : best;
        }

        return best;
    }
}
