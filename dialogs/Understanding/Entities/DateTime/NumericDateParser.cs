namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// Reads dates written with digits and separators: 2026-12-01, 2010/01/29, 2010.01.29, 2010 01 29, 12-01, 12/1,
/// 3-7-2017 and 13.5.2015 (day first), 27-7-3 (two-digit year first). Room numbers (6-1-1203), phone numbers and
/// IP addresses are left alone.
/// </summary>
internal static class NumericDateParser
{
    public static bool TryRead(string text, int pos, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        if (pos >= text.Length || !char.IsAsciiDigit(text[pos]))
        {
            return false;
        }

        if (pos > 0 && (char.IsAsciiLetterOrDigit(text[pos - 1]) || text[pos - 1] is '/' or '.' or ':' or '+'))
        {
            return false;
        }

        var afterDash = pos > 0 && text[pos - 1] == '-';

        Span<int> values = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var count = 0;
        var i = pos;
        var sep = '\0';
        while (count < 3)
        {
            var start = i;
            var v = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 4)
            {
                v = (v * 10) + (text[i] - '0');
                i++;
            }

            if (i == start || (i < text.Length && char.IsAsciiDigit(text[i])))
            {
                return false;
            }

            values[count] = v;
            lengths[count] = i - start;
            count++;
            if (count == 3 || i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1]))
            {
                break;
            }

            var s = text[i];
            if (s is not ('-' or '/' or '.' or ' ') || (sep != '\0' && s != sep))
            {
                break;
            }

            if (s == ' ' && lengths[0] != 4)
            {
                break;
            }

            sep = s;
            i++;
        }

        var continues = i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) &&
            (text[i] == sep || text[i] is '/' or '.' || (text[i] == '-' && count < 3));
        if (count < 2 || (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || continues)))
        {
            return false;
        }

        if (afterDash && (count < 3 || sep == '-' || (lengths[0] != 4 && lengths[2] != 4)))
        {
            return false; // only the second end of a range of full dates (2018/1/10-2018/7/10)
        }

        if (count == 3)
        {
            return ThreeParts(pos, i, values, lengths, sep, out phrase);
        }

        return TwoParts(text, pos, i, values, lengths, sep, today, out phrase);
    }

    private static bool ThreeParts(int start, int end, Span<int> v, Span<int> len, char sep, out DatePhrase? phrase)
    {
        phrase = null;
        int year, month, day;
        if (len[0] == 4)
        {
            (year, month, day) = (v[0], v[1], v[2]);
        }
        else if (len[2] == 4)
        {
            (year, month, day) = (v[2], v[1], v[0]);
        }
        else if (len[0] == 2 && len[2] <= 2 && DateMath.IsValid(DateMath.ExpandYear(v[0], 2), v[1], v[2]))
        {
            (year, month, day) = (DateMath.ExpandYear(v[0], 2), v[1], v[2]);
        }
        else if (len[2] == 2)
        {
            (year, month, day) = (DateMath.ExpandYear(v[2], 2), v[1], v[0]);
        }
        else
        {
            return false;
        }

        if (len[2] == 4 && sep == '-' && v[0] <= 9 && v[1] <= 2)
        {
            return false; // 5-1-1801 is building 5, unit 1, room 1801
        }

        if ((len[0] != 4 && year is < 1900 or > 2100) || year is < 1000 or > 2999 || !DateMath.IsValid(year, month, day) || (sep == ' ' && (len[1] != 2 || len[2] != 2)))
        {
            return false;
        }

        var d = new DateOnly(year, month, day);
        phrase = new DatePhrase(start, end, DateGranularity.Day, DateMath.Date(d), d, d) { Year = year, Month = month };
        return true;
    }

    private static bool TwoParts(string text, int start, int end, Span<int> v, Span<int> len, char sep, DateOnly today, out DatePhrase? phrase)
    {
        phrase = null;
        var (month, day) = (v[0], v[1]);
        var shapeOk = sep switch
        {
            '-' => len[0] == 2 && len[1] == 2,
            '/' => len[0] <= 2 && len[1] <= 2,
            _ => false,
        };
        if (!shapeOk || month is < 1 or > 12 || day is < 1 or > 31)
        {
            return false;
        }

        if ((end < text.Length && IsQuantityAfter(text[end])) || (start > 0 && text[start - 1] == '的'))
        {
            return false;
        }

        var (future, past) = DateMath.MonthDay(today, month, day);
        if (future is null)
        {
            return false;
        }

        phrase = new DatePhrase(start, end, DateGranularity.Day, $"XXXX-{month:00}-{day:00}", future, past) { Month = month };
        return true;
    }

    private static bool IsQuantityAfter(char c) => c is '个' or '人' or '元' or '块' or '万' or '平' or '米' or '度' or '次' or '天'
        or '栋' or '楼' or '层' or '室' or '单' or '岁' or '点' or '%' or '斤' or '倍' or '份' or '分' or '小' or '周';
}
