using System.Globalization;
using ConciergeBot.Dialogs.Understanding.Normalization;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Dialogs.Understanding.Specs;

/// <summary>
/// Runs one spec file through a model adapter. A case passes when the first result's text and value match (values
/// compared as G15, units compared where the spec gives one); a case expecting nothing passes when nothing is
/// found. Texts are compared after our normalisation (the recognizer reads normalised text: full-width digits and
/// Traditional characters in the expected text are normalised the same way) and case-insensitively (Microsoft's
/// models lower-case). Phone numbers resolve to their own text, so only the text is compared. Cases marked NotSupported for dotNet are skipped.
/// </summary>
internal static class SpecRun
{
    public static double Run(string file, Func<string, SpecResult?> model, ITestOutputHelper output, bool compareValues = true)
    {
        IReadOnlyList<SpecCase> cases = SpecCase.Load(file);
        int counted = 0;
        int passed = 0;
        foreach (SpecCase spec in cases)
        {
            if (spec.SkippedForDotNet)
            {
                continue;
            }

            counted++;
            SpecResult? actual = model(spec.Input);
            if (Matches(spec.Expected, actual, compareValues))
            {
                passed++;
            }
            else
            {
                output.WriteLine($"FAIL {spec.Input} | expected {Describe(spec.Expected)} | got {Describe(actual)}");
            }
        }

        double rate = counted == 0 ? 0 : (double)passed / counted;
        output.WriteLine($"SPEC {file}: {passed}/{counted} passed ({rate:P1}), {cases.Count - counted} skipped (NotSupported dotNet)");
        return rate;
    }

    private static bool Matches(SpecResult? expected, SpecResult? actual, bool compareValues)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null;
        }

        string expectedText = TextNormalizer.Shared.Normalize(expected.Text).Text;
        return string.Equals(expectedText, actual.Text, StringComparison.OrdinalIgnoreCase)
            && (!compareValues || (G15(expected.Value) == G15(actual.Value) && (expected.Unit is null || expected.Unit == actual.Unit)));
    }

    private static string G15(double? value) => value?.ToString("G15", CultureInfo.InvariantCulture) ?? "null";

    private static string Describe(SpecResult? result) =>
        result is null ? "(nothing)" : $"'{result.Text}' = {G15(result.Value)}{(result.Unit is null ? string.Empty : " " + result.Unit)}";
}
