using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ConciergeBot.Tests.Dialogs.Understanding;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Conversations;

/// <summary>
/// The conversation suite: every <c>tests/conversations/scenarios/*.json</c> played against the real service over
/// HTTP and judged by the tickets in its database and the last replies. Many scenarios fail today, so a failing
/// scenario does not fail the build: each case reports its transcript, and only a scenario listed in
/// <c>baseline.txt</c> (the ids that passed when it was last recorded) fails when it stops passing. The summary
/// prints the score and fails when fewer scenarios pass than the baseline records.
/// </summary>
[Trait("Category", "Conversations")]
public sealed class ConversationScenarioTests(ConversationScenarioTests.Fixture fixture, ITestOutputHelper output)
    : IClassFixture<ConversationScenarioTests.Fixture>
{
    public static TheoryData<string> Files => [.. Scenario.FileNames()];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Scenario_(string file)
    {
        var result = await fixture.ResultAsync(file);
        var report = result.Report();
        output.WriteLine(report);
        if (Baseline.Ids.Contains(result.Scenario.Id))
        {
            Assert.True(result.Passed, $"REGRESSION: {result.Scenario.Id} is in tests/conversations/baseline.txt (it passed) and fails now.\n{report}");
        }
    }

    [Fact]
    public async Task Summary_pass_count_does_not_fall_below_the_baseline()
    {
        var files = Scenario.FileNames();
        Assert.NotEmpty(files);
        var results = await fixture.AllAsync(files);
        var passing = results.Where(r => r.Result?.Passed == true).Select(r => r.Result!.Scenario.Id).ToHashSet(StringComparer.Ordinal);
        var ids = results.Select(r => r.Result?.Scenario.Id ?? r.File).ToHashSet(StringComparer.Ordinal);
        var regressed = Baseline.Ids.Where(id => !passing.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var improved = passing.Where(id => !Baseline.Ids.Contains(id)).Order(StringComparer.Ordinal).ToList();

        var summary = new StringBuilder();
        summary.AppendLine(CultureInfo.InvariantCulture, $"Conversation scenarios: {passing.Count} of {files.Count} pass (baseline {Baseline.Ids.Count}).");
        foreach (var (file, result, error) in results.Where(r => r.Result?.Passed != true))
        {
            summary.AppendLine(CultureInfo.InvariantCulture, $"  FAIL {result?.Scenario.Id ?? file}: {error ?? string.Join("; ", result!.Failures)}");
        }

        if (improved.Count > 0)
        {
            summary.AppendLine(CultureInfo.InvariantCulture, $"Passing now but not in baseline.txt (add them): {string.Join(", ", improved)}");
        }

        if (regressed.Count > 0)
        {
            summary.AppendLine(CultureInfo.InvariantCulture, $"REGRESSED (in baseline.txt, failing now): {string.Join(", ", regressed)}");
        }

        var text = summary.ToString();
        output.WriteLine(text);
        var reportPath = Path.Combine(AppContext.BaseDirectory, "conversation-scenarios.txt");
        await File.WriteAllTextAsync(reportPath, text + "\n" + string.Join("\n", results.Select(r => r.Result?.Report() ?? $"{r.File}: {r.Error}")));
        output.WriteLine($"Transcripts of every scenario: {reportPath}");

        Assert.True(Baseline.Ids.All(ids.Contains), "baseline.txt names scenarios that do not exist: " + string.Join(", ", Baseline.Ids.Where(id => !ids.Contains(id))));
        Assert.True(passing.Count >= Baseline.Ids.Count, $"Fewer scenarios pass than the baseline records.\n{text}");
    }

    /// <summary>One service for the whole suite; each scenario runs once (its own conversation and user) and is shared by its case and the summary.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly ConcurrentDictionary<string, Lazy<Task<ScenarioResult>>> _results = new(StringComparer.Ordinal);
        private ScenarioHost? _host;

        public Task InitializeAsync()
        {
            _host = ScenarioHost.Start();
            return Task.CompletedTask;
        }

        internal Task<ScenarioResult> ResultAsync(string file) =>
            _results.GetOrAdd(file, f => new Lazy<Task<ScenarioResult>>(() => ScenarioRunner.RunAsync(_host!, Scenario.Load(f)))).Value;

        /// <summary>Every file's result, or why it could not be run (an unreadable file, the service failing).</summary>
        internal async Task<IReadOnlyList<(string File, ScenarioResult? Result, string? Error)>> AllAsync(IReadOnlyList<string> files)
        {
            using var slots = new SemaphoreSlim(4);
            return await Task.WhenAll(files.Select(async file =>
            {
                await slots.WaitAsync();
                try
                {
                    return (file, await ResultAsync(file), (string?)null);
                }
                catch (Exception e) when (e is InvalidDataException or HttpRequestException or TaskCanceledException or IOException)
                {
                    return (file, (ScenarioResult?)null, $"{e.GetType().Name}: {e.Message}");
                }
                finally
                {
                    slots.Release();
                }
            }));
        }

        public async Task DisposeAsync()
        {
            if (_host is not null)
            {
                await _host.DisposeAsync();
            }
        }
    }

    /// <summary>The scenario ids that passed when the baseline was last recorded: <c>tests/conversations/baseline.txt</c>, one a line, # comments.</summary>
    private static class Baseline
    {
        public static HashSet<string> Ids { get; } = File.ReadAllLines(Path.Combine(RepoFiles.RepoRoot, "tests", "conversations", "baseline.txt"))
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
    }
}
