namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>Where a request happens, as the request dialog asks for it.</summary>
public enum PlaceNeed
{
    /// <summary>No place (a staff complaint, a question).</summary>
    None,

    /// <summary>The owner's own flat or shop (in-home repairs, concierge services).</summary>
    Home,

    /// <summary>A public area, described in the owner's words (a lift, a corridor, the north gate).</summary>
    Public,

    /// <summary>Any place: a flat or a public area (emergencies, other complaints).</summary>
    Any,

    /// <summary>The other party's flat (a neighbour complaint: staff go to the flat complained about).</summary>
    OtherParty,
}

/// <summary>
/// One intent of the service standard as every part of the product reads it: the label the owner sees, the
/// deadline's clock and standard length, whether it is never paused or reaches the supervisor at once, what the
/// request dialog must gather (place, visit time, contact), whether the ticket opens before any question, the
/// promise wording and whether the handbook's safety advice is given. <see cref="IntentProfiles"/> holds the table.
/// </summary>
/// <param name="Code">The intent code (<see cref="IntentCode"/>).</param>
/// <param name="Label">How the bot names the request to the owner (buttons, restatement).</param>
/// <param name="Clock">The deadline's clock: "Arrival", "Resolution", "FirstReply", or null for none.</param>
/// <param name="Target">The standard's length: "00:10:00", "04:00:00", "7wd" (working days), or null.</param>
/// <param name="NeverPaused">The arrival clock never pauses, whatever the owner does (sla.md).</param>
/// <param name="SupervisorAtOnce">The supervisor hears of it at report time, not at breach.</param>
/// <param name="OpensAtOnce">The ticket opens with the first message; the place and contact are asked afterwards.</param>
/// <param name="Place">Where the request happens, as the dialog asks for it.</param>
/// <param name="AsksTime">The dialog agrees a visit or service time.</param>
/// <param name="AsksContact">The dialog asks for a phone (always offered; asked when the chat is not bound to a flat).</param>
/// <param name="Promise">What the owner is promised, with {within} = "10分钟内（09:40前）".</param>
/// <param name="SafetyAdvice">The handbook's safety instructions go with the first reply.</param>
public sealed record IntentProfile(
    string Code,
    string Label,
    string? Clock,
    string? Target,
    bool NeverPaused,
    bool SupervisorAtOnce,
    bool OpensAtOnce,
    PlaceNeed Place,
    bool AsksTime,
    bool AsksContact,
    string Promise,
    bool SafetyAdvice)
{
    /// <summary>A request dialog gathers slots and opens a ticket for it (not a question, small talk or a status query).</summary>
    public bool OpensTicket => Clock is not null && !Code.StartsWith("inquiry.", StringComparison.Ordinal);

    /// <summary>True for complaints (the closing words apologise).</summary>
    public bool IsComplaint => Code.StartsWith("complaint.", StringComparison.Ordinal);
}
