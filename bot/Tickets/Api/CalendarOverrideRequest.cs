namespace ConciergeBot.Tickets.Api;

/// <summary>PUT /api/tickets/calendar/{date}: an administrator's correction of the working-day calendar.</summary>
internal sealed record CalendarOverrideRequest(bool Working, string Reason);
