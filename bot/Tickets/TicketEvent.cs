namespace ConciergeBot.Tickets;

/// <summary>One line of a ticket's append-only timeline.</summary>
internal sealed record TicketEvent(long Id, long TicketId, long? ClockId, DateTimeOffset At, string Actor, string Kind, string? Detail);
