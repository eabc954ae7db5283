namespace ConciergeBot.Dialogs.Understanding.Normalization.Pinyin;

/// <summary>
/// Reads a message typed in toneless pinyin — "wo jia ting dian le", "4 dong dianti kun ren le" — back into
/// Chinese characters, the way an input method would: each syllable may be any character with that reading, and
/// the likeliest sequence under a character bigram model of owners' messages wins (Viterbi). Digits, punctuation
/// and words that are not pinyin (English, abbreviations such as <c>xq</c>) stay as written. Everything downstream
/// — dialog acts, safety cues, the classifier, rooms and times — then reads the characters.
/// </summary>
internal sealed class PinyinDecoder
{
    /// <summary>
    /// At least this many syllables, or one word of at least <see cref="MinimumLoneSyllableLetters"/> letters
    /// ("dui", "hao"): "a", "e" or "ok" are not pinyin messages.
    /// </summary>
    public const int MinimumSyllables = 2;

    /// <summary>In a message mostly in characters, how many pinyin words carry it when not every Latin word is pinyin.</summary>
    public const int MinimumMixedPinyinWords = 3;

    public const int MinimumLoneSyllableLetters = 3;

    /// <summary>At least this share of the words must spell pinyin, so English sentences stay English.</summary>
    public const double MinimumPinyinShare = 0.75;

    private const int CandidatesPerSyllable = 16;

    /// <summary>
    /// The log-probability cost of a character read by a lesser reading of it ("jie bing" is 结冰, not 家冰 though 上家 is
    /// a common pair): about one time in fifteen.
    /// </summary>
    private const double LesserReadingCost = -2.7;

    private readonly PinyinReadings _readings;
    private readonly CharacterBigrams _model;
    private readonly Dictionary<string, char[]> _candidates = new(StringComparer.Ordinal);

    public PinyinDecoder(PinyinReadings readings, CharacterBigrams model)
    {
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(model);
        _readings = readings;
        _model = model;
    }

    /// <summary>A cheap first look: letters and no Chinese character at all.</summary>
    public static bool MayBePinyin(string text)
    {
        var letters = 0;
        foreach (var character in text)
        {
            if (CharacterBigrams.IsChinese(character) || char.IsSurrogate(character))
            {
                return false;
            }

            if (char.IsAsciiLetter(character))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>
    /// A cheap first look at a message in characters with pinyin mixed in ("tiaozha了 推不上去", "tianranqi xielou 4d
    /// 2单元 kuai"): Chinese characters and a run of at least <see cref="MinimumMixedRunLetters"/> ASCII letters.
    /// </summary>
    public static bool MayHoldPinyin(string text)
    {
        var chinese = false;
        var run = 0;
        var longest = 0;
        foreach (var character in text)
        {
            if (char.IsAsciiLetter(character))
            {
                longest = Math.Max(longest, ++run);
                continue;
            }

            run = 0;
            chinese |= CharacterBigrams.IsChinese(character);
        }

        return chinese && longest >= MinimumMixedRunLetters;
    }

    /// <summary>Either cheap first look: a whole message in pinyin, or pinyin mixed into characters.</summary>
    public static bool MayHoldAnyPinyin(string text) => MayBePinyin(text) || MayHoldPinyin(text);

    /// <summary>The letters of the longest Latin run a message in characters needs before it is read for pinyin.</summary>
    public const int MinimumMixedRunLetters = 4;

    /// <summary>
    /// The message in characters, or null when it is not a pinyin message. In a message written mostly in characters,
    /// the Latin words are read only when every one of them is pinyin (or three or more are and they are three in four):
    /// "app", "lift", "ok" keep the message as it is. <paramref name="sources"/>, when given,
    /// receives for every output character the index of the input character it came from.
    /// </summary>
    public string? Decode(string text, List<int>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mixed = !MayBePinyin(text);
        if (mixed && !MayHoldPinyin(text))
        {
            return null;
        }

        var pieces = Split(text, out var words, out var pinyinWords, out var syllables);
        var lone = syllables == 1 && pieces.Exists(p => p.Kind == PieceKind.Syllable && p.Text.Length >= MinimumLoneSyllableLetters);
        if ((syllables < MinimumSyllables && !lone) || pinyinWords < MinimumPinyinShare * words
            || (mixed && (syllables < MinimumSyllables || (pinyinWords < words && pinyinWords < MinimumMixedPinyinWords))))
        {
            return null;
        }

        var chosen = BestCharacters(pieces);
        return Write(pieces, chosen, sources);
    }

    private enum PieceKind
    {
        Syllable,
        Digit,
        Other,
        Space,
    }

    private readonly record struct Piece(PieceKind Kind, string Text, int Source);

    private List<Piece> Split(string text, out int words, out int pinyinWords, out int syllables)
    {
        var pieces = new List<Piece>(text.Length);
        words = pinyinWords = syllables = 0;
        for (var i = 0; i < text.Length;)
        {
            var character = text[i];
            if (char.IsAsciiLetter(character))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }

                var word = text[start..i];
                if (start > 0 && char.IsAsciiDigit(text[start - 1]) && word.Length <= 2)
                {
                    // "4d 1801", "12f": a letter or two after a number marks a building or a floor; it is no word.
                    pieces.Add(new Piece(PieceKind.Other, word, start));
                    continue;
                }

                words++;
                var spelled = PinyinSegmenter.Segment(word.ToLowerInvariant(), _readings);
                if (spelled is null)
                {
                    pieces.Add(new Piece(PieceKind.Other, word, start));
                    continue;
                }

                pinyinWords++;
                var offset = start;
                foreach (var syllable in spelled)
                {
                    pieces.Add(new Piece(PieceKind.Syllable, syllable, offset));
                    offset += syllable.Length;
                    syllables++;
                }

                continue;
            }

            var kind = char.IsAsciiDigit(character) ? PieceKind.Digit
                : character is ' ' or '\'' ? PieceKind.Space
                : PieceKind.Other;
            pieces.Add(new Piece(kind, character.ToString(), i));
            i++;
        }

        return pieces;
    }

    /// <summary>Viterbi over the pieces that are not spaces; returns the character chosen for each piece.</summary>
    private char[] BestCharacters(List<Piece> pieces)
    {
        var chosen = new char[pieces.Count];
        var steps = new List<(int Piece, char[] States, string? Syllable)>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            switch (pieces[i].Kind)
            {
                case PieceKind.Syllable:
                    steps.Add((i, CandidatesFor(pieces[i].Text), pieces[i].Text));
                    break;
                case PieceKind.Digit:
                    steps.Add((i, [CharacterBigrams.Digit], null));
                    break;
                case PieceKind.Other:
                    // A character written as such is context for the syllables beside it ("tiaozha了").
                    var written = pieces[i].Text[0];
                    steps.Add((i, [pieces[i].Text.Length == 1 && CharacterBigrams.IsChinese(written) ? written : CharacterBigrams.Boundary], null));
                    break;
            }
        }

        var previousStates = new[] { CharacterBigrams.Boundary };
        var previousScores = new[] { 0.0 };
        var back = new int[steps.Count][];
        for (var s = 0; s < steps.Count; s++)
        {
            var states = steps[s].States;
            var scores = new double[states.Length];
            back[s] = new int[states.Length];
            for (var j = 0; j < states.Length; j++)
            {
                var best = double.NegativeInfinity;
                for (var k = 0; k < previousStates.Length; k++)
                {
                    var score = previousScores[k] + _model.LogProbability(previousStates[k], states[j]);
                    if (score > best)
                    {
                        best = score;
                        back[s][j] = k;
                    }
                }

                scores[j] = steps[s].Syllable is { } syllable && _readings.IsLesserReading(syllable, states[j]) ? best + LesserReadingCost : best;
            }

            previousStates = states;
            previousScores = scores;
        }

        var state = 0;
        var final = double.NegativeInfinity;
        for (var j = 0; j < previousStates.Length; j++)
        {
            var score = previousScores[j] + _model.LogProbability(previousStates[j], CharacterBigrams.Boundary);
            if (score > final)
            {
                final = score;
                state = j;
            }
        }

        for (var s = steps.Count - 1; s >= 0; s--)
        {
            chosen[steps[s].Piece] = steps[s].States[state];
            state = back[s][state];
        }

        return chosen;
    }

    private char[] CandidatesFor(string syllable)
    {
        lock (_candidates)
        {
            if (_candidates.TryGetValue(syllable, out var known))
            {
                return known;
            }

            var all = _readings.CharactersFor(syllable);
            var seen = all.Where(c => _model.Frequency(c) > 0)
                .OrderByDescending(_model.Frequency)
                .Take(CandidatesPerSyllable)
                .ToArray();
            var candidates = seen.Length > 0 ? seen : [.. all.Take(2)];
            _candidates[syllable] = candidates;
            return candidates;
        }
    }

    /// <summary>Chinese characters for syllables; a space between two syllables or digits is dropped, as Chinese has none.</summary>
    private static string Write(List<Piece> pieces, char[] chosen, List<int>? sources)
    {
        var builder = new System.Text.StringBuilder(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            switch (piece.Kind)
            {
                case PieceKind.Syllable:
                    Append(chosen[i].ToString(), piece.Source);
                    break;
                case PieceKind.Space when JoinsChinese(pieces, i):
                    break;
                case PieceKind.Space:
                    Append(" ", piece.Source);
                    break;
                default:
                    Append(piece.Text, piece.Source);
                    break;
            }
        }

        return builder.ToString();

        void Append(string text, int source)
        {
            builder.Append(text);
            for (var k = 0; k < text.Length; k++)
            {
                sources?.Add(source + k);
            }
        }
    }

    private static bool JoinsChinese(List<Piece> pieces, int space)
    {
        var before = space - 1;
        while (before >= 0 && pieces[before].Kind == PieceKind.Space)
        {
            before--;
        }

        var after = space + 1;
        while (after < pieces.Count && pieces[after].Kind == PieceKind.Space)
        {
            after++;
        }

        return before >= 0 && after < pieces.Count
            && (pieces[before].Kind is PieceKind.Syllable or PieceKind.Digit || IsCharacter(pieces[before]))
            && (pieces[after].Kind is PieceKind.Syllable or PieceKind.Digit || IsCharacter(pieces[after]))
            && (pieces[before].Kind == PieceKind.Syllable || pieces[after].Kind == PieceKind.Syllable);
    }

    /// <summary>A Chinese character written as such in a message with pinyin mixed in.</summary>
    private static bool IsCharacter(Piece piece) => piece.Kind == PieceKind.Other && piece.Text.Length == 1 && CharacterBigrams.IsChinese(piece.Text[0]);
}
