namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Fast ordinal "word at position" test: the first character is checked before anything else.</summary>
internal static class TextAt
{
    public static bool Is(string text, int pos, string word) =>
        pos >= 0 && pos + word.Length <= text.Length && text[pos] == word[0] &&
        text.AsSpan(pos, word.Length).SequenceEqual(word);
}
