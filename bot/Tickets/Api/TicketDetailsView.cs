namespace ConciergeBot.Tickets.Api;

/// <summary>A ticket with its timeline and the pings it caused (with their delivery state).</summary>
internal sealed record TicketDetailsView(TicketView Ticket, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<PingView> Pings);
