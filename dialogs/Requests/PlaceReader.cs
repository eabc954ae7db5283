using ConciergeBot.Dialogs.Engine;
using System.Globalization;
using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// Reads where a problem is from an owner's words: a flat or shop (the room entity, checked against the estate),
/// or — where public places are allowed — the place as written, with its building when one is named.
/// </summary>
public static partial class PlaceReader
{
    private const int MaxLocationLength = 40;

    public static FoundPlace Read(EntityExtractor entities, string text, DateTimeOffset now, bool publicAllowed)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(text);
        var rooms = entities(text, now).Where(e => e.Type == EntityTypes.Room).ToList();
        var room = rooms.FirstOrDefault(e => !e.NotInEstate);
        if (room is not null && RoomKey.TryParse(room.Value, out var key))
        {
            var place = key.Shop is { } shop
                ? TicketPlace.Shop(shop)
                : TicketPlace.Flat(key.Building, key.Unit, key.Room.ToString(CultureInfo.InvariantCulture));
            return new FoundPlace(place, room.Value, false);
        }

        if (rooms.Count > 0)
        {
            return new FoundPlace(null, null, true);
        }

        if (!publicAllowed)
        {
            return FoundPlace.None;
        }

        var location = text.Trim().TrimEnd('。', '.', '！', '!');
        if (location.Length == 0 || Vague().IsMatch(location))
        {
            return FoundPlace.None;
        }

        var building = Building().Match(location) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        return new FoundPlace(TicketPlace.Public(location.Length > MaxLocationLength ? location[..MaxLocationLength] : location, building), null, false);
    }

    /// <summary>The flat the user bound the chat to, if any.</summary>
    public static TicketPlace? HomeOf(UserProfile user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.BoundRoom is { } key ? FromKey(key) : null;
    }

    /// <summary>A flat of the register from its key, for the bound room of a user.</summary>
    public static TicketPlace? FromKey(string key) =>
        RoomKey.TryParse(key, out var k)
            ? k.Shop is { } shop ? TicketPlace.Shop(shop) : TicketPlace.Flat(k.Building, k.Unit, k.Room.ToString(CultureInfo.InvariantCulture))
            : null;

    [GeneratedRegex(@"([1-9])\s*(?:栋|号楼|幢|座)")]
    private static partial Regex Building();

    [GeneratedRegex(@"^(不知道|不清楚|不确定|这里|那里|这边|那边|家里|我家|小区里?)$")]
    private static partial Regex Vague();
}
