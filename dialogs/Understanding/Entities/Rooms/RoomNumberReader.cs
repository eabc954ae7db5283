using ConciergeBot.Dialogs.Understanding.Entities.Numbers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Rooms;

/// <summary>
/// Reads the numbers of a room address: the building (3, 十二, 九), the unit (2, 二) and the room, said digit by
/// digit (1202, 0802, 一二零二, 三零二), as a number (一千二百零二) or as floor then position (十二零二).
/// </summary>
internal static class RoomNumberReader
{
    /// <summary>A small number (building, unit): 1–2 Arabic digits or a Chinese numeral up to 99.</summary>
    public static bool TrySmall(string text, int start, int max, out int value, out int end)
    {
        value = 0;
        end = start;
        if (start >= text.Length)
        {
            return false;
        }

        if (ChineseNumerals.IsAsciiDigit(text[start]))
        {
            while (end < text.Length && ChineseNumerals.IsAsciiDigit(text[end]) && end - start < 3)
            {
                value = (value * 10) + (text[end] - '0');
                end++;
            }

            return end - start <= 2 && text[start] != '0' && value <= max && (end >= text.Length || !ChineseNumerals.IsAsciiDigit(text[end]));
        }

        if (ChineseNumerals.Digit(text[start]) <= 0 && ChineseNumerals.Small(text[start]) != 10)
        {
            return false;
        }

        end = start;
        int tens = -1;
        int units = 0;
        while (end < text.Length && end - start < 3)
        {
            char c = text[end];
            if (ChineseNumerals.Small(c) == 10 && tens < 0)
            {
                tens = units == 0 ? 1 : units;
                units = 0;
            }
            else if (ChineseNumerals.Digit(c) is > 0 and var d && units == 0)
            {
                units = d;
            }
            else
            {
                break;
            }

            end++;
        }

        value = (Math.Max(tens, 0) * 10) + units;
        return value >= 1 && value <= max;
    }

    /// <summary>A room number of 3–4 digits (leading zero dropped: 0802 → 802), in any of the ways owners say it.</summary>
    public static bool TryRoom(string text, int start, out int room, out int end)
    {
        room = 0;
        end = start;
        if (start >= text.Length)
        {
            return false;
        }

        if (ChineseNumerals.IsAsciiDigit(text[start]))
        {
            while (end < text.Length && ChineseNumerals.IsAsciiDigit(text[end]))
            {
                room = (room * 10) + (text[end] - '0');
                end++;
                if (end - start > 4)
                {
                    return false;
                }
            }

            return end - start >= 3 && !FollowedByDecimal(text, end);
        }

        return TryDigitSequence(text, start, out room, out end)
            || TryFloorThenPosition(text, start, out room, out end)
            || TryChineseNumber(text, start, out room, out end);
    }

    private static bool FollowedByDecimal(string text, int end) =>
        end + 1 < text.Length && text[end] == '.' && ChineseNumerals.IsAsciiDigit(text[end + 1]);

    // 一二零二, 三零二, 零八零二
    private static bool TryDigitSequence(string text, int start, out int room, out int end)
    {
        var read = ChineseNumerals.TryDigitSequence(text, start, 4, out var value, out end);
        room = (int)value;
        return read && end - start >= 3 && (end >= text.Length || !ChineseNumerals.IsNumeral(text[end]));
    }

    // 十二零二 = floor 12, room 02
    private static bool TryFloorThenPosition(string text, int start, out int room, out int end)
    {
        room = 0;
        if (!TrySmall(text, start, 99, out int floor, out end) || end + 1 >= text.Length || ChineseNumerals.Digit(text[end]) != 0
            || ChineseNumerals.Digit(text[end + 1]) is not (> 0 and var position))
        {
            return false;
        }

        end += 2;
        room = (floor * 100) + position;
        return end >= text.Length || !ChineseNumerals.IsNumeral(text[end]);
    }

    // 一千二百零二
    private static bool TryChineseNumber(string text, int start, out int room, out int end)
    {
        room = 0;
        end = start;
        if (!NumberParser.TryParse(text, start, text.Length, NumberSyntax.None, out ParsedNumber number)
            || number.Value is < 101 or > 9999 || !number.IsWholeNumber || number.Has(NumberTraits.Arabic))
        {
            return false;
        }

        room = (int)number.Value;
        end = number.End;
        return true;
    }
}
