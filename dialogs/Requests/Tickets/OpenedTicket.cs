using ConciergeBot.Knowledge.Sla;

namespace ConciergeBot.Dialogs.Requests.Tickets;

/// <summary>
/// A ticket just opened, with what the bot tells the owner: the number, the promise (what, how long, by when)
/// and who handles it. <see cref="Provisional"/> is set when the deadline rests on a year without calendar data.
/// </summary>
public sealed record OpenedTicket(
    string Number,
    string Intent,
    ClockKind? Clock,
    SlaDuration? Target,
    DateTimeOffset? Due,
    bool Provisional,
    string Assignee,
    DateTimeOffset CreatedAt);
