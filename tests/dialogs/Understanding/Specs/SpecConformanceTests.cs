using Xunit.Abstractions;

namespace ConciergeBot.Tests.Dialogs.Understanding.Specs;

/// <summary>
/// Microsoft.Recognizers.Text Chinese specs run against our recognizers. Floors: the pass rates of Microsoft's
/// JavaScript port on the same files (tests/fixtures/specs/README.md); we must do at least as well.
/// </summary>
public sealed class SpecConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void NumberModel_at_least_matches_the_JavaScript_port() =>
        AssertFloor("Number/NumberModel.json", NumberSpecModels.Number, 364.0 / 365);

    [Fact]
    public void PercentModel_at_least_matches_the_JavaScript_port() =>
        AssertFloor("Number/PercentModel.json", NumberSpecModels.Percent, 148.0 / 152);

    [Fact]
    public void CurrencyModel_at_least_matches_the_JavaScript_port() =>
        AssertFloor("NumberWithUnit/CurrencyModel.json", UnitSpecModels.Currency, 30.0 / 35);

    [Fact]
    public void DimensionModel_at_least_matches_the_JavaScript_port() =>
        AssertFloor("NumberWithUnit/DimensionModel.json", UnitSpecModels.Dimension, 31.0 / 36);

    [Fact]
    public void PhoneNumberModel_at_least_matches_the_JavaScript_port() =>
        AssertFloor("Sequence/PhoneNumberModel.json", PhoneSpecModel.Phone, 376.0 / 391, compareValues: false);

    private void AssertFloor(string file, Func<string, SpecResult?> model, double floor, bool compareValues = true)
    {
        double rate = SpecRun.Run(file, model, output, compareValues);
        Assert.True(rate >= floor - 1e-9, $"{file}: pass rate {rate:P1} is below the floor {floor:P1}");
    }
}
