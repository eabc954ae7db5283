using System.Text;

namespace ConciergeBot.Dialogs.Activities;

/// <summary>
/// Text as it may be kept: control characters (NUL, the C0 and C1 ranges, DEL — a line break and a tab stay) and the
/// bidirectional controls (the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, the marks U+200E,
/// U+200F and U+061C) are removed. They carry no meaning in an owner's message and can make what staff read differ
/// from what was written (a reversed phone number, a hidden line break in an exported sheet). Returns the same
/// instance when nothing needs removing.
/// </summary>
public static class StoredText
{
    public static string? Clean(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.AsSpan().ContainsAny(Removed.Instance))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsRemoved(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    public static bool IsRemoved(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t')
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    /// <summary>Every removed character, for a vectorised first look (most texts have none).</summary>
    private static class Removed
    {
        public static readonly System.Buffers.SearchValues<char> Instance = System.Buffers.SearchValues.Create(
            [.. Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(IsRemoved)]);
    }
}
