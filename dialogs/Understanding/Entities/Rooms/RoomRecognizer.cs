using ConciergeBot.Dialogs.Understanding.Entities.Numbers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Rooms;

/// <summary>
/// Finds room addresses: 3栋2单元1202, 3号楼2单元1202室, 三栋二单元一二零二, 5栋1801 (unit not said: "5--1801"),
/// 6-1-1203, 3-1202, shops S101 / 商铺101. Addresses of the right shape that the estate does not have are still
/// returned, flagged <see cref="RecognizedEntity.NotInEstate"/>, so the dialog can say there is no such room.
/// </summary>
internal static class RoomRecognizer
{
    private static readonly string[] BuildingMarkers = ["号楼", "栋楼", "栋", "幢", "座", "楼", "#", "号", "动"];
    private static readonly string[] ShopWords = ["商铺", "铺面", "门面", "铺位"];
    private static readonly string[] RoomWords = ["房间号", "门牌号", "房号", "房间", "门牌", "室号"];

    /// <summary>What voice input leaves between the unit and the room: 那个, 就是, 呃, 嗯.</summary>
    private static readonly string[] SpokenFillers = ["那个", "就是", "呃", "嗯"];

    /// <summary>The writer naming the room as theirs between the unit and the room: "2栋2单元，我是1902".</summary>
    private static readonly string[] OwnRoomWords = ["我家是", "我家住", "我们家是", "我是", "我住", "我家"];

    public static void Recognize(string text, EstateRooms estate, List<RecognizedEntity> output)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            bool digit = ChineseNumerals.IsAsciiDigit(c);
            if (((c is 'S' or 's' or '商' or '铺' or '门' && TryShop(text, i, out RoomAddress address, out int end))
                || (digit && TryDashed(text, i, out address, out end))
                || ((digit || ChineseNumerals.Digit(c) > 0 || c == '十') && TryMarked(text, i, out address, out end))) && address.IsPlausible)
            {
                output.Add(Entity(text, i, end, address, estate));
                i = end;

                // 3栋2单元1202和1203, 1202、1203: more rooms of the same building and unit.
                while (!address.IsShop && TryContinuation(text, i, out int next, out int room, out int roomEnd))
                {
                    address = address with { Room = room };
                    output.Add(Entity(text, next, roomEnd, address, estate));
                    i = roomEnd;
                }

                continue;
            }

            i++;
        }
    }

    private static RecognizedEntity Entity(string text, int start, int end, RoomAddress address, EstateRooms estate) =>
        new(EntityTypes.Room, text[start..end], start, end - start, address.Value) { NotInEstate = !estate.Exists(address) };

    private static bool TryContinuation(string text, int i, out int start, out int room, out int end)
    {
        start = NumberParser.SkipSpaces(text, i, text.Length);
        room = 0;
        end = start;
        if (start >= text.Length || text[start] is not ('和' or '、' or '跟' or '及' or '与' or ','))
        {
            return false;
        }

        start = NumberParser.SkipSpaces(text, start + 1, text.Length);
        if (!RoomNumberReader.TryRoom(text, start, out room, out end) || !EndsToken(text, end) || FollowedByUnit(text, end)
            || !new RoomAddress(1, null, room, false).IsPlausible)
        {
            return false;
        }

        end = SkipRoomSuffix(text, end);
        return true;
    }

    private static bool StartsToken(string text, int i) =>
        i == 0 || !(ChineseNumerals.IsAsciiDigit(text[i - 1]) || ChineseNumerals.IsAsciiLetter(text[i - 1]) || text[i - 1] is '-' or '.' or '/');

    private static bool EndsToken(string text, int end) =>
        end >= text.Length || !(ChineseNumerals.IsAsciiDigit(text[end]) || ChineseNumerals.IsAsciiLetter(text[end]) || text[end] == '-');

    private static bool TryShop(string text, int i, out RoomAddress address, out int end)
    {
        address = default;
        end = i;
        int digits;
        if (text[i] is 'S' or 's' && StartsToken(text, i))
        {
            digits = i + 1;
        }
        else if (TextScan.StartsWithAny(text, i, ShopWords, out string? word))
        {
            digits = NumberParser.SkipSpaces(text, i + word!.Length, text.Length);
        }
        else
        {
            return false;
        }

        if (!ReadDigits(text, digits, 3, out int number) || !EndsToken(text, digits + 3))
        {
            return false;
        }

        end = digits + 3;
        address = new RoomAddress(0, null, number, IsShop: true);
        return number >= 100;
    }

    // 6-1-1203 (building-unit-room) and 3-1202 (building-room)
    private static bool TryDashed(string text, int i, out RoomAddress address, out int end)
    {
        address = default;
        end = i;
        if (!ChineseNumerals.IsAsciiDigit(text[i]) || !StartsToken(text, i)
            || !RoomNumberReader.TrySmall(text, i, 99, out int building, out int q) || q >= text.Length || text[q] != '-')
        {
            return false;
        }

        if (q + 2 < text.Length && ChineseNumerals.IsAsciiDigit(text[q + 1]) && text[q + 2] == '-'
            && RoomNumberReader.TryRoom(text, q + 3, out int room, out end) && ChineseNumerals.IsAsciiDigit(text[q + 3]) && EndsToken(text, end))
        {
            address = new RoomAddress(building, text[q + 1] - '0', room, IsShop: false);
            end = SkipRoomSuffix(text, end);
            return true;
        }

        if (building <= 20 && ChineseNumerals.IsAsciiDigit(text[q + 1 < text.Length ? q + 1 : q])
            && RoomNumberReader.TryRoom(text, q + 1, out room, out end) && EndsToken(text, end) && !FollowedByUnit(text, end))
        {
            address = new RoomAddress(building, null, room, IsShop: false);
            end = SkipRoomSuffix(text, end);
            return true;
        }

        return false;
    }

    // 3栋2单元1202室, 三栋二单元一二零二, 5栋1801, 3号楼 2单元 1202, 3栋的2单元1504, 4栋26楼02户
    private static bool TryMarked(string text, int i, out RoomAddress address, out int end)
    {
        address = default;
        end = i;
        if (!StartsToken(text, i) || (i > 0 && ChineseNumerals.IsNumeral(text[i - 1]))
            || !RoomNumberReader.TrySmall(text, i, 99, out int building, out int q))
        {
            return false;
        }

        q = NumberParser.SkipSpaces(text, q, text.Length);
        if (!TextScan.StartsWithAny(text, q, BuildingMarkers, out string? marker))
        {
            return false;
        }

        q = SkipFiller(text, q + marker!.Length);
        int? unit = null;
        if (RoomNumberReader.TrySmall(text, q, 9, out int u, out int afterUnit)
            && (text.AsSpan(afterUnit).StartsWith("单元", StringComparison.Ordinal) || IsDashedRoom(text, afterUnit)))
        {
            unit = u;
            q = SkipFiller(text, afterUnit + (text[afterUnit] == '-' ? 1 : 2));
        }

        if (!TryFloorAndPosition(text, q, out int room, out end) && !(unit is not null && TryFloorThenRoom(text, q, out room, out end))
            && (!RoomNumberReader.TryRoom(text, q, out room, out end) || !EndsToken(text, end) || FollowedByUnit(text, end)))
        {
            return false;
        }

        // 3楼 is a floor and 3号 a date unless a unit follows: 28楼1202 is not an address; 7动2单元401 is 栋 mistyped, but
        // only with its unit ("3动1202" is too little to go on).
        if (marker is "楼" or "号" or "动" && unit is null)
        {
            return false;
        }

        end = SkipRoomSuffix(text, end);
        address = new RoomAddress(building, unit, room, IsShop: false);
        return true;
    }

    /// <summary>室, 房, 号, 户 or 号房 after a room number belong to the address.</summary>
    private static int SkipRoomSuffix(string text, int end)
    {
        if (end < text.Length && text[end] is '室' or '房' or '号' or '户')
        {
            end++;
            if (text[end - 1] == '号' && end < text.Length && text[end] is '房' or '室')
            {
                end++;
            }
        }

        return end;
    }

    /// <summary>
    /// Between the parts of an address: spaces, a comma, 的, 房号 (5栋2单元的 房号2301), a spoken filler (六栋一单元的那个一千二百零三),
    /// after a comma the writer naming it theirs (2栋2单元，我是1902).
    /// </summary>
    private static int SkipFiller(string text, int q)
    {
        q = SkipCommas(text, q);
        if (TextScan.StartsWithAny(text, q, SpokenFillers, out string? filler))
        {
            q = NumberParser.SkipSpaces(text, q + filler!.Length, text.Length);
        }

        if (q > 0 && text[q - 1] is ',' or '，' or '、' && TextScan.StartsWithAny(text, q, OwnRoomWords, out string? own))
        {
            q = NumberParser.SkipSpaces(text, q + own!.Length, text.Length);
        }

        if (TextScan.StartsWithAny(text, q, RoomWords, out string? word))
        {
            q = NumberParser.SkipSpaces(text, q + word!.Length, text.Length);
            if (q < text.Length && text[q] is ':' or '是')
            {
                q = NumberParser.SkipSpaces(text, q + 1, text.Length);
            }
        }

        return q;
    }

    private static int SkipCommas(string text, int q)
    {
        for (int k = 0; k < 3 && q < text.Length && text[q] is ' ' or ',' or '，' or '、' or '的'; k++)
        {
            q++;
        }

        return q;
    }

    /// <summary>A floor number and its 楼 or 层 ("18楼", "二十层"); <paramref name="marker"/> is where the 楼 or 层 stands.</summary>
    private static bool TryFloor(string text, int q, out int floor, out int marker) =>
        RoomNumberReader.TrySmall(text, q, 99, out floor, out marker) && marker < text.Length && text[marker] is ('楼' or '层');

    /// <summary>"三栋二单元，十八楼，1801": the floor said before the room, which must be on it.</summary>
    private static bool TryFloorThenRoom(string text, int q, out int room, out int end)
    {
        room = 0;
        end = q;
        if (!TryFloor(text, q, out int floor, out int afterFloor))
        {
            return false;
        }

        int p = SkipCommas(text, afterFloor + 1);
        if (!RoomNumberReader.TryRoom(text, p, out room, out end) || !EndsToken(text, end) || FollowedByUnit(text, end))
        {
            return false;
        }

        return room / 100 == floor;
    }

    // 3栋2-1202: unit, dash, room.
    private static bool IsDashedRoom(string text, int dash) =>
        dash + 1 < text.Length && text[dash] == '-' && ChineseNumerals.IsAsciiDigit(text[dash + 1]) && char.IsAsciiDigit(text[dash - 1]);

    // 26楼02户, 二十楼零三, 12层3号: floor, then the flat's position on the floor.
    private static bool TryFloorAndPosition(string text, int q, out int room, out int end)
    {
        room = 0;
        end = q;
        if (!TryFloor(text, q, out int floor, out int afterFloor))
        {
            return false;
        }

        int p = NumberParser.SkipSpaces(text, afterFloor + 1, text.Length);
        if (p < text.Length && ChineseNumerals.SequenceDigit(text[p]) == 0)
        {
            p++; // 02, 零三
        }

        if (!RoomNumberReader.TrySmall(text, p, 20, out int position, out end))
        {
            return false;
        }

        bool marked = end < text.Length && text[end] is '户' or '号' or '室' or '房';
        if (!marked && !(text[p - 1] is '0' or '零' or '〇'))
        {
            return false; // 26楼2 is not clearly a flat; 26楼02 and 26楼2号 are
        }

        room = (floor * 100) + position;
        return true;
    }

    /// <summary>Numbers followed by a unit of measure or money are quantities, not rooms (3-500元, 5栋120平).</summary>
    private static bool FollowedByUnit(string text, int end) =>
        end < text.Length && text[end] is '元' or '块' or '平' or '米' or '㎡' or '%' or '天' or '个' or '次' or '年' or '月' or '日' or '点' or '分' or '万' or '千' or '百';

    private static bool ReadDigits(string text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (int k = start; k < start + count; k++)
        {
            if (!ChineseNumerals.IsAsciiDigit(text[k]))
            {
                return false;
            }

            value = (value * 10) + (text[k] - '0');
        }

        return true;
    }
}
