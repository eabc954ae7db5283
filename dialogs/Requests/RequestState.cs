using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Tickets;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>What a request dialog has gathered so far; persisted between turns with the dialog stack.</summary>
public sealed class RequestState
{
    /// <summary>Details the owner added after the first message (两个人三个行李箱), for the ticket's description.</summary>
    public List<string> Notes { get; set; } = [];

    /// <summary>The steps already asked (a step asked once, such as binding, is not asked again).</summary>
    public List<string> Asked { get; set; } = [];

    /// <summary>A flat the owner named that the register does not have (9栋3单元3305), to say so.</summary>
    public string? NotInEstate { get; set; }

    /// <summary>The register-shaped key of that flat ("1-2-3506"), so "是3002" can be read in the same building and unit.</summary>
    public string? LastWrongKey { get; set; }

    /// <summary>The first piece of a flat given in two messages ("9栋" or "9栋2单元": "9", "9-2"), until the room is said.</summary>
    public string? FlatSoFar { get; set; }

    /// <summary>A flat named without its unit when both units have that room ("3栋1202": "3--1202"), until the unit is said.</summary>
    public string? UnitPending { get; set; }

    public string Intent { get; set; } = "";

    public string? Severity { get; set; }

    /// <summary>The owner's own words, as written.</summary>
    public string Description { get; set; } = "";

    /// <summary>The first message normalised (Simplified, folded): what the handbook notes are chosen by.</summary>
    public string NormalizedDescription { get; set; } = "";

    public int? Building { get; set; }

    public int? Unit { get; set; }

    public string? Room { get; set; }

    public string? Location { get; set; }

    /// <summary>The room's register key ("3-2-1202", "S105") when the place is a flat or shop.</summary>
    public string? RoomKey { get; set; }

    /// <summary>The agreed visit time for an ordinary repair; null with <see cref="VisitAsap"/> for "as soon as possible".</summary>
    public DateTimeOffset? VisitAt { get; set; }

    public bool VisitAsap { get; set; }

    /// <summary>
    /// The owner asked for someone to come at a time ("今天晚上七点半派人到我家来") in a request that books no visit of its
    /// own (a complaint): <see cref="VisitAt"/> is then the appointment the ticket keeps.
    /// </summary>
    public bool VisitRequested { get; set; }

    /// <summary>The day the owner named without a time of day; the hour is asked.</summary>
    public DateOnly? VisitDay { get; set; }

    public bool VisitAsked { get; set; }

    public bool BindingOffered { get; set; }

    /// <summary>The owner's own flat named during this request (a neighbour complaint's place is the other flat).</summary>
    public string? HomeKey { get; set; }

    /// <summary>A neighbour named by relation or room number only ("楼上1302"), placed once the owner's home is known.</summary>
    public Slots.FlatMention? OtherParty { get; set; }

    /// <summary>A phone the owner gave for this request.</summary>
    public string? Contact { get; set; }

    /// <summary>What the dialog asked last (a <see cref="RequestStep"/> name), to read a bare answer ("1881", "好的") against.</summary>
    public string? Asking { get; set; }

    /// <summary>Answers in a row the current question could not use; the third hands over with the request kept.</summary>
    public int Misses { get; set; }

    /// <summary>How many times in a row the step being asked has been asked, whatever the answers filled meanwhile.</summary>
    public int AskedInARow { get; set; }

    /// <summary>The restatement was shown and the owner said it is not right without saying what: ask what to change.</summary>
    public bool ChangeAsked { get; set; }

    /// <summary>The ticket already says who complains ("投诉人住址：…"): a flat given later puts it right.</summary>
    public bool ComplainantNoted { get; set; }

    /// <summary>Set while the owner is asked whether someone should come at once: the class to take if not.</summary>
    public string? DispatchFallback { get; set; }

    /// <summary>This request was raised beside another and started when that one ended.</summary>
    public bool FromQueue { get; set; }

    /// <summary>
    /// The owner answered "when?" with a yes or a thanks ("Yes that's right, thanks", "今天下午我都在家，谢谢啊"): they
    /// take the request as agreed, so it is registered with its restatement instead of asking to confirm once more.
    /// </summary>
    public bool AgreedAtWhen { get; set; }

    /// <summary>Requests the owner raised while this one was open, started when it ends.</summary>
    public List<QueuedRequest> Queued { get; set; } = [];

    /// <summary>An inquiry about another department's procedure (2 working days rather than 30 minutes).</summary>
    public bool OtherDepartment { get; set; }

    public string? TicketNumber { get; set; }

    /// <summary>What was promised when the ticket opened ("工单 …：礼宾助理将在30分钟内（10:00前）与您确认"), recalled at the goodbye.</summary>
    public string? Promise { get; set; }

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
