using System.Globalization;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>A flat of the register as a ticket's place: from its key, or the flat a user bound the chat to.</summary>
public static class PlaceReader
{
    /// <summary>The flat the user bound the chat to, if any.</summary>
    public static TicketPlace? HomeOf(UserProfile user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.BoundRoom is { } key ? FromKey(key) : null;
    }

    /// <summary>A flat or shop of the register from its key ("3-2-1202", "S105").</summary>
    public static TicketPlace? FromKey(string key) =>
        RoomKey.TryParse(key, out var k)
            ? k.Shop is { } shop ? TicketPlace.Shop(shop) : TicketPlace.Flat(k.Building, k.Unit, k.Room.ToString(CultureInfo.InvariantCulture))
            : null;
}
