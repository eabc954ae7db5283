using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tickets;

/// <summary>A request with its deadlines: what the owner asked, where, who works on it and where it stands.</summary>
internal sealed record Ticket(
    long Id,
    string Number,
    string Intent,
    string? Severity,
    TicketState State,
    TicketOwner Owner,
    TicketPlace Place,
    string Description,
    string? Assignee,
    DateTimeOffset? AppointmentAt,
    int ReopenCount,
    int BreachCount,
    EscalationLevel EscalationLevel,
    bool? RevisitSelected,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<TicketClock> Clocks)
{
    /// <summary>Serious staff complaints, breached, reopened or escalated to the manager: always revisited.</summary>
    public bool IsMajor =>
        Severity == IntentCode.SeveritySerious
        || BreachCount > 0
        || ReopenCount > 0
        || EscalationLevel >= EscalationLevel.Manager;
}
