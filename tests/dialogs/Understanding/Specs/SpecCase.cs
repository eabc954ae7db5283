using System.Text.Json;

namespace ConciergeBot.Tests.Dialogs.Understanding.Specs;

/// <summary>One case of a Microsoft.Recognizers.Text spec file: input and the expected first result (null when
/// the model must find nothing).</summary>
internal sealed record SpecCase(string Input, SpecResult? Expected, bool SkippedForDotNet)
{
    public static IReadOnlyList<SpecCase> Load(string relativePath)
    {
        string path = RepoFiles.Fixture(Path.Combine("specs", "recognizers-text", relativePath));
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<SpecCase>();
        foreach (JsonElement element in document.RootElement.EnumerateArray())
        {
            bool skipped = element.TryGetProperty("NotSupported", out JsonElement notSupported)
                && notSupported.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase);
            JsonElement results = element.GetProperty("Results");
            SpecResult? expected = null;
            if (results.GetArrayLength() > 0)
            {
                JsonElement first = results[0];
                double? value = null;
                string? unit = null;
                if (first.TryGetProperty("Resolution", out JsonElement resolution) && resolution.ValueKind == JsonValueKind.Object)
                {
                    if (resolution.TryGetProperty("value", out JsonElement v) && v.ValueKind == JsonValueKind.String)
                    {
                        value = ParseValue(v.GetString()!);
                    }

                    if (resolution.TryGetProperty("unit", out JsonElement u) && u.ValueKind == JsonValueKind.String)
                    {
                        unit = u.GetString();
                    }
                }

                expected = new SpecResult(first.GetProperty("Text").GetString()!, value, unit);
            }

            cases.Add(new SpecCase(element.GetProperty(nameof(Input)).GetString()!, expected, skipped));
        }

        return cases;
    }

    /// <summary>Spec values are .NET "G15" strings, percentages with a trailing %; phone numbers are not numeric.</summary>
    private static double? ParseValue(string value) =>
        double.TryParse(value.TrimEnd('%'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double d)
            ? d
            : null;
}
