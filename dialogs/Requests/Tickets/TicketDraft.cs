namespace ConciergeBot.Dialogs.Requests.Tickets;

/// <summary>
/// What a request dialog gathered: the intent (an <c>IntentCode</c>), its severity, who and where, and the
/// owner's own words. <paramref name="OtherDepartment"/> marks an inquiry.external about another department's
/// procedure (2 working days); <paramref name="Appointment"/> the visit time agreed for an ordinary repair.
/// </summary>
public sealed record TicketDraft(
    string Intent,
    string? Severity,
    TicketOwner Owner,
    TicketPlace Place,
    string Description,
    bool OtherDepartment = false,
    DateTimeOffset? Appointment = null);
