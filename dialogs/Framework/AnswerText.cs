namespace ConciergeBot.Dialogs.Framework;

/// <summary>Helpers for reading short answers: the text without spaces and punctuation, lower-cased.</summary>
internal static class AnswerText
{
    public static string Bare(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }
        return new string(buffer[..n]);
    }
}
