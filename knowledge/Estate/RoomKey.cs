using System.Globalization;

namespace ConciergeBot.Knowledge.Estate;

/// <summary>A parsed room key in the entity format: "3-2-1202", "5--1801" (unit unknown), "S105".</summary>
public readonly record struct RoomKey(int Building, int? Unit, int Room, string? Shop)
{
    public static bool TryParse(string? text, out RoomKey key)
    {
        key = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text[0] is 'S' or 's')
        {
            if (int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var shop))
            {
                key = new RoomKey(0, null, shop, "S" + shop.ToString(CultureInfo.InvariantCulture));
                return true;
            }

            return false;
        }

        var parts = text.Split('-');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var building)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var room))
        {
            return false;
        }

        int? unit = null;
        if (parts[1].Length > 0)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var u))
            {
                return false;
            }

            unit = u;
        }

        key = new RoomKey(building, unit, room, null);
        return true;
    }
}
