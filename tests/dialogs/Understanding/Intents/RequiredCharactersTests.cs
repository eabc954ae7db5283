using System.Text.Json;
using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The cue prefilter read from each pattern's text: where it must find a required character, where it must give up,
/// and that for every cue of the lexicon no message of the test corpora it filters out would have matched.
/// </summary>
public sealed class RequiredCharactersTests
{
    [Theory]
    [InlineData("着火|起火|火灾", "火")]                       // branches that share a character share it
    [InlineData("火{2,}|冒火", "火")]
    [InlineData("冒烟|火", "冒火")]                            // of equal choices, the first
    [InlineData("(孩子|小孩)[^，。]{0,6}(被)?锁", "孩")]          // the optional 被 and the negated class require nothing
    [InlineData("(?<!有|一)点着(?!急)", "点")]                  // lookarounds require nothing; 着 is too common to choose
    [InlineData("漏水?|(?:水管|管道).{0,3}爆", "漏爆")]          // one character rather than two
    [InlineData("[0-9]{3,4}室", "室")]
    [InlineData("[0-9]{3,4}", "0123456789")]
    [InlineData("[甲乙]|丙", "甲乙丙")]
    [InlineData("a\\.b|\\u706b", "a火")]
    [InlineData("\\bon fire\\b", "o")]
    public void Finds_a_character_every_match_needs(string pattern, string expected) =>
        Assert.Equal(expected.Order(), RequiredCharacters.Analyse(pattern, RegexOptions.None)!.Order());

    [Theory]
    [InlineData("火?")]
    [InlineData("着火|.{2}")]                                   // one branch needs no fixed character
    [InlineData("[^。.!]{2,}")]
    [InlineData("\\d+栋?")]
    [InlineData("(?=火)")]
    [InlineData("火{0,3}")]
    [InlineData("^$")]
    [InlineData("(?<who>火)")]                                  // syntax the lexicon does not use: no prefilter
    [InlineData("(火)\\1")]
    [InlineData("(?i:火)")]
    [InlineData("a{")]
    public void Gives_up_where_no_character_is_certain(string pattern) =>
        Assert.Null(RequiredCharacters.Analyse(pattern, RegexOptions.None));

    [Fact]
    public void Gives_up_on_options_it_does_not_know() =>
        Assert.Null(RequiredCharacters.Analyse("火", RegexOptions.IgnorePatternWhitespace));

    [Fact]
    public void Ignoring_case_adds_every_character_the_engine_takes_for_the_same_letter()
    {
        foreach (var letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        {
            var required = RequiredCharacters.Analyse(letter.ToString(), RegexOptions.IgnoreCase)!;
            var regex = new Regex("^" + letter + "$", RegexOptions.IgnoreCase);
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var one = ((char)c).ToString();
                Assert.True(!regex.IsMatch(one) || required.Contains((char)c), $"'{letter}' matches U+{c:X4} under IgnoreCase, missing from the prefilter");
            }
        }
    }

    [Fact]
    public void No_line_of_the_test_corpora_filtered_out_would_have_matched_a_cue()
    {
        var lines = CorpusLines().SelectMany(l => new[] { l, TextNormalizer.Shared.Normalize(l).Text }).Distinct().ToList();
        var filtered = 0;
        foreach (var (pattern, _) in SafetyCues.AllPatterns)
        {
            var needs = RequiredCharacters.Of(pattern);
            foreach (var line in lines.Where(l => needs is not null && !l.AsSpan().ContainsAny(needs)))
            {
                filtered++;
                Assert.False(pattern.IsMatch(line), $"{pattern.GetType().Name} matches a line its prefilter skips: {line}");
            }
        }

        Assert.True(filtered > 0);
    }

    /// <summary>Every message of the training corpus and of the fresh and dev sets copied beside the tests.</summary>
    private static IEnumerable<string> CorpusLines()
    {
        foreach (var message in IntentCorpus.Load())
        {
            yield return message.Text;
        }

        var folder = Path.Combine(AppContext.BaseDirectory, "dialogs", "Understanding");
        foreach (var file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".jsonl", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                yield return file.EndsWith(".jsonl", StringComparison.Ordinal) ? TextOf(line) : line;
            }
        }
    }

    private static string TextOf(string jsonLine)
    {
        using var row = JsonDocument.Parse(jsonLine);
        return row.RootElement.ValueKind == JsonValueKind.Object && row.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()!
            : jsonLine;
    }
}
