using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Tests.Dialogs.Understanding.Specs;

/// <summary>Microsoft's Chinese Number and Percent models expressed with our scanners.</summary>
internal static class NumberSpecModels
{
    public static SpecResult? Number(string input)
    {
        string text = TextNormalizer.Shared.Normalize(input).Text;
        var numbers = new List<ParsedNumber>();
        NumberScanner.Scan(text, NumberSyntax.Specification, numbers);
        return numbers.Count == 0 ? null : new SpecResult(text[numbers[0].Start..numbers[0].End], numbers[0].Value);
    }

    public static SpecResult? Percent(string input)
    {
        string text = TextNormalizer.Shared.Normalize(input).Text;
        var percents = new List<ParsedNumber>();
        PercentScanner.Scan(text, NumberSyntax.Specification, percents);
        return percents.Count == 0 ? null : new SpecResult(text[percents[0].Start..percents[0].End], percents[0].Value);
    }
}
