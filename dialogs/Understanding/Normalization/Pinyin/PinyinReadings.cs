using System.Reflection;

namespace ConciergeBot.Dialogs.Understanding.Normalization.Pinyin;

/// <summary>
/// Toneless Mandarin readings of the GB 2312 characters (embedded at build time from npm pinyin-pro by
/// <c>pinyin-readings.mjs</c>): which characters a syllable such as <c>dian</c> can stand for, and which
/// letter strings are syllables at all.
/// </summary>
internal sealed class PinyinReadings
{
    private const string ResourceName = "Pinyin.readings.tsv";

    private readonly Dictionary<string, List<char>> _charactersBySyllable = new(StringComparer.Ordinal);
    private readonly HashSet<(string Syllable, char Character)> _lesserReadings = [];

    private PinyinReadings()
    {
    }

    /// <summary>The longest syllable (<c>zhuang</c>, <c>chuang</c>, <c>shuang</c>): six letters.</summary>
    public int LongestSyllable { get; private set; }

    public int SyllableCount => _charactersBySyllable.Count;

    public bool IsSyllable(ReadOnlySpan<char> letters) =>
        _charactersBySyllable.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(letters);

    /// <summary>
    /// True when <paramref name="syllable"/> is not <paramref name="character"/>'s first reading — 家 read <c>jie</c>, not
    /// <c>jia</c>: an input method offers such a character for that syllable only far down its list.
    /// </summary>
    public bool IsLesserReading(string syllable, char character) => _lesserReadings.Contains((syllable, character));

    /// <summary>The characters read as <paramref name="syllable"/>, in the table's order (empty when none).</summary>
    public IReadOnlyList<char> CharactersFor(string syllable) =>
        _charactersBySyllable.TryGetValue(syllable, out var characters) ? characters : [];

    public static PinyinReadings LoadEmbedded()
    {
        var assembly = typeof(PinyinReadings).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing resource {ResourceName} in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Reads <c>&lt;character&gt;\t&lt;reading&gt; &lt;reading&gt;…</c> lines.</summary>
    public static PinyinReadings Parse(TextReader reader)
    {
        var readings = new PinyinReadings();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab != 1)
            {
                throw new InvalidOperationException($"{ResourceName} line {number}: expected <character><TAB><readings>.");
            }

            var first = true;
            foreach (var syllable in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!first)
                {
                    readings._lesserReadings.Add((syllable, line[0]));
                }

                first = false;
                if (!readings._charactersBySyllable.TryGetValue(syllable, out var characters))
                {
                    characters = [];
                    readings._charactersBySyllable.Add(syllable, characters);
                    readings.LongestSyllable = Math.Max(readings.LongestSyllable, syllable.Length);
                }

                characters.Add(line[0]);
            }
        }

        return readings.SyllableCount > 0 ? readings
            : throw new InvalidOperationException($"{ResourceName} holds no readings.");
    }
}
