using ConciergeBot.Dialogs.Requests.Tickets;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>A place read from a message: the place, the room's register key, or the fact that the room does not exist.</summary>
public sealed record FoundPlace(TicketPlace? Place, string? RoomKey, bool UnknownRoom)
{
    public static FoundPlace None { get; } = new(null, null, false);
}
