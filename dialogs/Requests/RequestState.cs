using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Tickets;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>What a request dialog has gathered so far; persisted between turns with the dialog stack.</summary>
public sealed class RequestState
{
    public string Intent { get; set; } = "";

    public string? Severity { get; set; }

    /// <summary>The owner's own words, as written.</summary>
    public string Description { get; set; } = "";

    public int? Building { get; set; }

    public int? Unit { get; set; }

    public string? Room { get; set; }

    public string? Location { get; set; }

    /// <summary>The room's register key ("3-2-1202", "S105") when the place is a flat or shop.</summary>
    public string? RoomKey { get; set; }

    /// <summary>The agreed visit time for an ordinary repair; null with <see cref="VisitAsap"/> for "as soon as possible".</summary>
    public DateTimeOffset? VisitAt { get; set; }

    public bool VisitAsap { get; set; }

    public bool VisitAsked { get; set; }

    public bool BindingOffered { get; set; }

    /// <summary>An inquiry about another department's procedure (2 working days rather than 30 minutes).</summary>
    public bool OtherDepartment { get; set; }

    public string? TicketNumber { get; set; }

    public bool HasPlace => Room is not null || Location is not null;

    public TicketPlace Place => new(Building, Unit, Room, Location);

    /// <summary>Takes the flat the user bound the chat to when no place was given; false when there was one or no bound flat.</summary>
    public bool TryUseHome(UserProfile user)
    {
        if (HasPlace || PlaceReader.HomeOf(user) is not { } home)
        {
            return false;
        }

        SetPlace(home, user.BoundRoom);
        return true;
    }

    public void SetPlace(TicketPlace place, string? roomKey)
    {
        ArgumentNullException.ThrowIfNull(place);
        (Building, Unit, Room, Location, RoomKey) = (place.Building, place.Unit, place.Room, place.Location, roomKey);
    }
}
