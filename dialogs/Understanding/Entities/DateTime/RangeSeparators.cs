namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Words joining the two ends of a range: 到, 至, -, ~, —.</summary>
internal static class RangeSeparators
{
    public static bool IsSeparator(string text, int pos, out int length)
    {
        length = 0;
        if (pos >= text.Length)
        {
            return false;
        }

        var c = text[pos];
        if (c is '到' or '至' or '-' or '~' or '—' or '–' or '〜')
        {
            length = 1;
            if (pos + 1 < text.Length && text[pos + 1] == ' ')
            {
                length++;
            }

            return true;
        }

        if (c == ' ' && pos + 1 < text.Length && text[pos + 1] is '-' or '–' or '~')
        {
            length = pos + 2 < text.Length && text[pos + 2] == ' ' ? 3 : 2;
            return true;
        }

        return false;
    }
}
