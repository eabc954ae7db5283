namespace ConciergeBot.Tickets.Api;

/// <summary>POST /api/tickets/{id}/reopen and /pause.</summary>
internal sealed record ReasonRequest(string Reason);
