using System.Globalization;
using ConciergeBot.Dialogs.Understanding.Entities.Numbers;

namespace ConciergeBot.Dialogs.Understanding.Entities;

/// <summary>Small text helpers shared by the recognizers: clause bounds, neighbouring characters, word tests.</summary>
internal static class TextScan
{
    public static bool IsClauseBreak(char c) =>
        c is ' ' or ',' or '.' or '!' or '?' or ';' or ':' or '。' or '、' or '…' or '~' or '\n'
        || (c > 0x7F && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation);

    /// <summary>Start of the clause holding <paramref name="index"/>: just after the previous space or punctuation.</summary>
    public static int ClauseStart(string text, int index)
    {
        while (index > 0 && !IsClauseBreak(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    /// <summary>End (exclusive) of the clause holding position <paramref name="index"/>.</summary>
    public static int ClauseEnd(string text, int index)
    {
        while (index < text.Length && !IsClauseBreak(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>The next non-space character at or after <paramref name="index"/>, or '\0'.</summary>
    public static char NextNonSpace(string text, int index)
    {
        index = NumberParser.SkipSpaces(text, index, text.Length);
        return index < text.Length ? text[index] : '\0';
    }

    /// <summary>The character before <paramref name="index"/> skipping spaces, with its position, or '\0' and -1.</summary>
    public static char PreviousNonSpace(string text, int index, out int position)
    {
        position = index - 1;
        while (position >= 0 && text[position] == ' ')
        {
            position--;
        }

        return position >= 0 ? text[position] : '\0';
    }

    public static bool StartsWithAny(string text, int index, ReadOnlySpan<string> words, out string? word)
    {
        ReadOnlySpan<char> rest = text.AsSpan(index);
        foreach (string w in words)
        {
            if (rest.StartsWith(w, StringComparison.Ordinal))
            {
                word = w;
                return true;
            }
        }

        word = null;
        return false;
    }

    public static bool EndsWithAny(string text, int end, ReadOnlySpan<string> words)
    {
        ReadOnlySpan<char> before = text.AsSpan(0, end);
        foreach (string w in words)
        {
            if (before.EndsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsAny(ReadOnlySpan<char> span, ReadOnlySpan<string> words)
    {
        foreach (string w in words)
        {
            if (span.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
