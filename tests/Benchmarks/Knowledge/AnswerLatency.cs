using System.Diagnostics;
using System.Globalization;

namespace ConciergeBot.Benchmarks.Knowledge;

/// <summary>
/// <c>answer-latency [--seconds N] [--per-question]</c>: answers the sample questions in a loop on one thread with
/// the handbook loaded and prints p50/p90/p99/max of the time per question (Stopwatch, wall clock), and the
/// process CPU time per question (which a busy shared machine does not inflate).
/// </summary>
internal static class AnswerLatency
{
    public static Task<int> RunAsync(string[] args)
    {
        var seconds = 5;
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--seconds")
            {
                seconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        var (answerer, store) = AnswererFactory.Create();
        using (store)
        {
            var samples = new List<double>();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var total = Stopwatch.StartNew();
            var questions = SampleQuestions.All;
            while (total.Elapsed.TotalSeconds < seconds)
            {
                foreach (var question in questions)
                {
                    var started = Stopwatch.GetTimestamp();
                    answerer.Answer(question);
                    samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            var cpuPerQuestion = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / samples.Count;
            if (args.Contains("--per-question"))
            {
                foreach (var question in questions)
                {
                    var started = Stopwatch.GetTimestamp();
                    for (var k = 0; k < 20; k++)
                    {
                        answerer.Answer(question);
                    }

                    var answerMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds / 20;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{answerMs:0.000} ms  {question}"));
                }
            }

            samples.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"answer latency over {samples.Count} questions ({questions.Length} distinct, {store.Current.Handbook.Entries.Count} entries): "
                + $"p50 {Percentile(samples, 0.50):0.000} ms, p90 {Percentile(samples, 0.90):0.000} ms, "
                + $"p99 {Percentile(samples, 0.99):0.000} ms, max {samples[^1]:0.000} ms; CPU {cpuPerQuestion:0.000} ms per question"));
        }

        return Task.FromResult(0);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
