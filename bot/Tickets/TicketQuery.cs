namespace ConciergeBot.Tickets;

/// <summary>Filters of the staff ticket list; all optional.</summary>
/// <param name="AtRisk">Only open tickets with a deadline past its first warning or already breached.</param>
internal sealed record TicketQuery(TicketState? State = null, bool AtRisk = false, int? Building = null, string? Intent = null, int Limit = 100, int Offset = 0);
