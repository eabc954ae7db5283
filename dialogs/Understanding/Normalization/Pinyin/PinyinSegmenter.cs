namespace ConciergeBot.Dialogs.Understanding.Normalization.Pinyin;

/// <summary>
/// Splits a run of lowercase letters typed without tones into syllables: <c>dianti</c> → dian·ti,
/// <c>tingdianle</c> → ting·dian·le. Fewest syllables wins; on a tie the longer first syllable (<c>fangan</c> →
/// fang·an). Returns null when the run is not pinyin (<c>lock</c>, <c>xq</c>, <c>the</c>).
/// </summary>
internal static class PinyinSegmenter
{
    public static string[]? Segment(string letters, PinyinReadings readings)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(readings);
        var n = letters.Length;
        if (n == 0)
        {
            return null;
        }

        // fewest[i]: the fewest syllables that spell letters[i..]; next[i]: where the first of them ends.
        var fewest = new int[n + 1];
        var next = new int[n + 1];
        Array.Fill(fewest, int.MaxValue);
        fewest[n] = 0;
        for (var start = n - 1; start >= 0; start--)
        {
            var longest = Math.Min(readings.LongestSyllable, n - start);
            for (var length = longest; length >= 1; length--)
            {
                var end = start + length;
                if (fewest[end] != int.MaxValue && fewest[end] + 1 < fewest[start]
                    && readings.IsSyllable(letters.AsSpan(start, length)))
                {
                    fewest[start] = fewest[end] + 1;
                    next[start] = end;
                }
            }
        }

        if (fewest[0] == int.MaxValue)
        {
            return null;
        }

        var syllables = new string[fewest[0]];
        for (int at = 0, i = 0; at < n; at = next[at], i++)
        {
            syllables[i] = letters[at..next[at]];
        }

        return syllables;
    }
}
