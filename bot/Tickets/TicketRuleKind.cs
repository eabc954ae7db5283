namespace ConciergeBot.Tickets;

/// <summary>Why an act was refused; the staff API maps these to 404, 409, 403 and 400.</summary>
internal enum TicketRuleKind
{
    NotFound,
    Conflict,
    Forbidden,
    Invalid,
}
