using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A prefilter read from a pattern's own text: a set of characters of which every match of the pattern holds at least
/// one. A message with none of them cannot match, so the pattern need not run on it. Only the syntax the cue lexicon
/// uses is understood (alternation, groups, literal characters, classes, quantifiers, lookarounds, anchors); where a
/// branch has no character it must hold (<c>.{0,3}</c>, <c>\d</c>, <c>[^。]</c>, a lookaround alone) or the syntax is
/// unknown, there is no prefilter and the pattern always runs.
/// </summary>
internal static partial class RequiredCharacters
{
    /// <summary>
    /// Characters so common in any Chinese message that a set holding them filters almost nothing: avoided when a
    /// branch offers another choice (a choice, never a correctness matter).
    /// </summary>
    private const string Common = "的一是不了在人有我他这个们中来上大为和到说要就会也你对能着那得下自过后里去没都好看还多么吗呢吧啊";

    private static readonly RegexOptions Understood = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>The prefilter of <paramref name="regex"/>, or null when none can be proven (the pattern always runs).</summary>
    public static SearchValues<char>? Of(Regex regex) =>
        Analyse(regex.ToString(), regex.Options) is { } required ? SearchValues.Create([.. required.Order()]) : null;

    /// <summary>The characters of which every match of <paramref name="pattern"/> holds one, or null when none can be proven.</summary>
    public static IReadOnlySet<char>? Analyse(string pattern, RegexOptions options)
    {
        if ((options & ~Understood) != 0)
        {
            return null;
        }

        List<HashSet<char>> choices;
        try
        {
            var parser = new Parser(pattern);
            choices = parser.ParseWhole();
        }
        catch (NotSupportedException)
        {
            return null;
        }

        if (choices.Count == 0)
        {
            return null;
        }

        var chosen = Cheapest(choices, []);
        return options.HasFlag(RegexOptions.IgnoreCase) ? WithOtherCases(chosen) : chosen;
    }

    /// <summary>
    /// One set for an alternation: each branch contributes its cheapest choice, characters already taken by an earlier
    /// branch costing nothing, so that branches sharing a word (着火, 起火, 火灾) share one character. Empty when some
    /// branch requires nothing.
    /// </summary>
    private static List<HashSet<char>> Union(List<List<HashSet<char>>> branches)
    {
        if (branches.Count == 1)
        {
            return branches[0];
        }

        var union = new HashSet<char>();
        foreach (var branch in branches)
        {
            if (branch.Count == 0)
            {
                return [];
            }

            union.UnionWith(Cheapest(branch, union));
        }

        return [union];
    }

    private static HashSet<char> Cheapest(List<HashSet<char>> choices, HashSet<char> taken) =>
        choices.MinBy(choice => choice.Sum(c => taken.Contains(c) ? 0 : Common.Contains(c) ? 8 : 1))!;

    /// <summary>
    /// Every character that <see cref="RegexOptions.IgnoreCase"/> may match for each one in <paramref name="set"/>. Only
    /// ASCII letters and uncased characters are known; a set with another cased letter gets no prefilter.
    /// </summary>
    private static HashSet<char>? WithOtherCases(HashSet<char> set)
    {
        var all = new HashSet<char>();
        foreach (var c in set)
        {
            var lower = char.ToLowerInvariant(c);
            var upper = char.ToUpperInvariant(c);
            if (!char.IsAscii(c) && (lower != c || upper != c || char.ToLower(c, CultureInfo.CurrentCulture) != c || char.ToUpper(c, CultureInfo.CurrentCulture) != c))
            {
                return null;
            }

            all.UnionWith([c, lower, upper, char.ToLower(c, CultureInfo.CurrentCulture), char.ToUpper(c, CultureInfo.CurrentCulture)]);
            all.UnionWith(lower switch
            {
                'k' => ['\u212A'],                  // Kelvin sign
                's' => ['\u017F'],                  // long s
                'i' => ['\u0130', '\u0131'],        // dotted capital I, dotless small i
                _ => [],
            });
        }

        return all;
    }
}
