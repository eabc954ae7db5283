using ConciergeBot.Tests.Dialogs.Understanding;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Dialogs.Handbook;

/// <summary>
/// The development set tests/fixtures/eval/kb-dev.jsonl: an answer passes when it contains
/// one of the question's expect_any strings. The bar is 90%.
/// </summary>
public sealed class KbEvaluationTests(HandbookAnswererFixture fixture, ITestOutputHelper output) : IClassFixture<HandbookAnswererFixture>
{
    private const double Bar = 0.90;

    [Fact]
    public void Development_set_is_answered_with_the_expected_fact()
    {
        var cases = File.ReadLines(RepoFiles.Fixture("eval/kb-dev.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(KbCase.Parse)
            .ToList();
        Assert.NotEmpty(cases);

        var failures = new List<string>();
        foreach (var c in cases)
        {
            var answer = fixture.Answerer.Answer(c.Question);
            if (!c.ExpectAny.Any(e => answer.Text.Contains(e, StringComparison.Ordinal)))
            {
                failures.Add($"[{c.Topic}] {c.Question}\n    expected one of: {string.Join(" | ", c.ExpectAny)}\n    got ({answer.SourceId}, {answer.Score:0.00}): {answer.Text.ReplaceLineEndings(" ")}");
            }
        }

        var accuracy = 1.0 - (double)failures.Count / cases.Count;
        output.WriteLine($"kb-dev: {cases.Count - failures.Count}/{cases.Count} = {accuracy:P1} (bar {Bar:P0})");
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(accuracy >= Bar, $"kb-dev accuracy {accuracy:P1} is below {Bar:P0}:\n{string.Join("\n", failures)}");
    }
}
