namespace ConciergeBot.Dialogs.Understanding.Normalization.Pinyin;

/// <summary>
/// A character bigram model of how owners write (counted over the training corpus): which character follows
/// which, with Witten–Bell smoothing towards character frequency. Digits count as one symbol (<c>0</c>), so
/// "3栋" teaches "<i>digit</i> 栋"; any other non-Chinese character is a boundary.
/// </summary>
internal sealed class CharacterBigrams
{
    public const char Boundary = '\u0002';
    public const char Digit = '0';

    private readonly Dictionary<char, int> _unigrams = [];
    private readonly Dictionary<uint, int> _bigrams = [];
    private readonly Dictionary<char, int> _followerKinds = [];
    private long _total;

    public static CharacterBigrams Count(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var model = new CharacterBigrams();
        foreach (var text in texts)
        {
            var previous = Boundary;
            foreach (var raw in text)
            {
                var symbol = SymbolOf(raw);
                if (symbol == Boundary && previous == Boundary)
                {
                    continue;
                }

                model.Add(previous, symbol);
                previous = symbol;
            }

            if (previous != Boundary)
            {
                model.Add(previous, Boundary);
            }
        }

        return model;
    }

    /// <summary>How often <paramref name="character"/> occurs (0 when never).</summary>
    public int Frequency(char character) => _unigrams.GetValueOrDefault(character);

    /// <summary>log P(<paramref name="next"/> | <paramref name="previous"/>).</summary>
    public double LogProbability(char previous, char next)
    {
        var unigram = (_unigrams.GetValueOrDefault(next) + 0.5) / (_total + 0.5 * (_unigrams.Count + 1));
        var history = _unigrams.GetValueOrDefault(previous);
        var kinds = _followerKinds.GetValueOrDefault(previous);
        if (history == 0 || kinds == 0)
        {
            return Math.Log(unigram);
        }

        var pair = _bigrams.GetValueOrDefault(Key(previous, next));
        return Math.Log((pair + kinds * unigram) / (history + kinds));
    }

    public static char SymbolOf(char character) =>
        char.IsAsciiDigit(character) ? Digit : IsChinese(character) ? character : Boundary;

    public static bool IsChinese(char character) =>
        character is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    private void Add(char previous, char next)
    {
        _unigrams[previous] = _unigrams.GetValueOrDefault(previous) + 1;
        _total++;
        var key = Key(previous, next);
        var seen = _bigrams.GetValueOrDefault(key);
        if (seen == 0)
        {
            _followerKinds[previous] = _followerKinds.GetValueOrDefault(previous) + 1;
        }

        _bigrams[key] = seen + 1;
    }

    private static uint Key(char previous, char next) => ((uint)previous << 16) | next;
}
