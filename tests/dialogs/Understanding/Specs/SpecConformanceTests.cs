using Xunit.Abstractions;

namespace ConciergeBot.Tests.Dialogs.Understanding.Specs;

/// <summary>
/// Microsoft.Recognizers.Text Chinese specs run against our recognizers. Floors: the pass rates of Microsoft's
/// JavaScript port on the same files (../shared/specs/README.md); we must do at least as well.
/// </summary>
public sealed class SpecConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void NumberModel_at_least_matches_the_JavaScript_port() =>
        AssertFloor("Number/NumberModel.json", NumberSpecModels.Number, 364.0 / 365);

    [Fact]
    public void PercentModel_at_least_matches_the_JavaScript_port() =>
        AssertFloor("Number/PercentModel.json", NumberSpecModels.Percent, 148.0 / 152);

    private void AssertFloor(string file, Func<string, SpecResult?> model, double floor)
    {
        double rate = SpecRun.Run(file, model, output);
        Assert.True(rate >= floor - 1e-9, $"{file}: pass rate {rate:P1} is below the floor {floor:P1}");
    }
}
