using System.Globalization;
using System.Text.Json;

namespace ConciergeBot.Tests.Dialogs.Understanding.Temporal;

/// <summary>One case of a Microsoft.Recognizers.Text spec file (see tests/fixtures/specs/recognizers-text/SPEC-FORMAT.md).</summary>
internal sealed record RecognizersSpecCase(string Input, DateTime Reference, bool NotSupportedOnDotNet, JsonElement Results)
{
    public static IReadOnlyList<RecognizersSpecCase> Load(string relativePath)
    {
        var path = RepoFiles.Fixture(Path.Combine("specs", "recognizers-text", relativePath));
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<RecognizersSpecCase>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var reference = c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var r)
                ? DateTime.Parse(r.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.None)
                : new DateTime(2017, 3, 22, 0, 0, 0, DateTimeKind.Unspecified);
            var notSupported = Mentions(c, "NotSupported") || Mentions(c, "NotSupportedByDesign");
            cases.Add(new RecognizersSpecCase(c.GetProperty(nameof(Input)).GetString()!, reference, notSupported, c.GetProperty(nameof(Results)).Clone()));
        }

        return cases;
    }

    private static bool Mentions(JsonElement c, string property) =>
        c.TryGetProperty(property, out var v) && v.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase);
}
