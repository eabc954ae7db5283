namespace ConciergeBot.Tickets.Api;

/// <summary>POST /api/tickets/{id}/reopen and /pause; the workflow asks for the reason.</summary>
internal sealed record ReasonRequest(string? Reason);
