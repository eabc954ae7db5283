namespace ConciergeBot.Dialogs.Requests.Tickets;

/// <summary>One of the owner's tickets as the status answer shows it.</summary>
public sealed record TicketSummary(
    string Number,
    string Intent,
    string State,
    bool IsOpen,
    TicketPlace Place,
    string Description,
    string? Assignee,
    DateTimeOffset? Due,
    bool Breached,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? Appointment = null);
