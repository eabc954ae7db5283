using System.Text.Json;
using ConciergeBot.Dialogs.Understanding.Entities.Temporal;
using Xunit.Abstractions;
using DateTimeKind = ConciergeBot.Dialogs.Understanding.Entities.Temporal.DateTimeKind;

namespace ConciergeBot.Tests.Dialogs.Understanding.Temporal;

/// <summary>
/// Microsoft.Recognizers.Text's Chinese DateTime specs, run per file: the first result's text and resolved value
/// are compared; cases marked NotSupported for dotNet are skipped. The floors are the pass rates of the library's
/// JavaScript port on the same files (tests/fixtures/specs/README.md).
/// </summary>
public class DateTimeSpecTests(ITestOutputHelper output)
{
    [Fact]
    public void DateTimeModel() => Run("DateTime/DateTimeModel.json", 0.633, ModelCase);

    [Fact]
    public void DateParser() => Run("DateTime/DateParser.json", 0.922, c => ParserCase(c, DateTimeKind.Date, "date"));

    [Fact]
    public void TimeParser() => Run("DateTime/TimeParser.json", 1.0, c => ParserCase(c, DateTimeKind.Time, "time"));

    [Fact]
    public void DurationParser() => Run("DateTime/DurationParser.json", 0.429, c => ParserCase(c, DateTimeKind.Duration, "duration"));

    private void Run(string file, double floor, Func<RecognizersSpecCase, string?> check)
    {
        var cases = RecognizersSpecCase.Load(file);
        var (run, passed) = (0, 0);
        foreach (var c in cases.Where(c => !c.NotSupportedOnDotNet))
        {
            run++;
            var failure = check(c);
            if (failure is null)
            {
                passed++;
            }
            else
            {
                output.WriteLine($"FAIL {c.Input} @ {c.Reference:s}: {failure}");
            }
        }

        var rate = passed / (double)run;
        output.WriteLine($"{file}: {passed}/{run} passed ({rate:P1}), floor {floor:P1}; {cases.Count - run} skipped as not supported on .NET");
        Assert.True(rate >= floor, $"{file}: pass rate {rate:P1} below the floor {floor:P1}");
    }

    private static string? ModelCase(RecognizersSpecCase c)
    {
        var matches = DateTimeRecognizer.RecognizeDetailed(TextFolding.Fold(c.Input), c.Reference);
        if (c.Results.GetArrayLength() == 0)
        {
            return matches.Count == 0 ? null : $"expected nothing, got '{Text(c, matches[0])}'";
        }

        if (matches.Count == 0)
        {
            return "nothing recognised";
        }

        var expected = c.Results[0];
        var m = matches[0];
        var got = $"{Text(c, m)} {RecognizersSpecAdapter.TypeName(m)} {Json(RecognizersSpecAdapter.ModelValue(m))}";
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in expected.GetProperty("Resolution").GetProperty("values")[0].EnumerateObject())
        {
            if (p.Name is not ("type" or "sourceEntity"))
            {
                values[p.Name] = p.Value.GetString()!;
            }
        }

        var want = $"{TextFolding.Fold(expected.GetProperty("Text").GetString()!)} {expected.GetProperty("TypeName").GetString()} {Json(values)}";
        return want == got ? null : $"expected {want}, got {got}";
    }

    private static string? ParserCase(RecognizersSpecCase c, DateTimeKind kind, string key)
    {
        var matches = DateTimeRecognizer.RecognizeDetailed(TextFolding.Fold(c.Input), c.Reference);
        var expected = c.Results[0];
        var m = RecognizersSpecAdapter.FirstOfKind(matches, kind);
        if (m is null)
        {
            return "nothing recognised";
        }

        var value = expected.GetProperty("Value");
        var want = $"{TextFolding.Fold(expected.GetProperty("Text").GetString()!)} {value.GetProperty("Timex").GetString()} " +
            $"{value.GetProperty("FutureResolution").GetProperty(key).GetString()} {value.GetProperty("PastResolution").GetProperty(key).GetString()}";
        var got = $"{Text(c, m)} {m.Timex} {RecognizersSpecAdapter.ParserValue(m, true)} {RecognizersSpecAdapter.ParserValue(m, false)}";
        return want == got ? null : $"expected {want}, got {got}";
    }

    private static string Text(RecognizersSpecCase c, DateTimeMatch m) => TextFolding.Fold(c.Input.Substring(m.Start, m.Length));

    private static string Json(SortedDictionary<string, string> values) => JsonSerializer.Serialize(values, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
