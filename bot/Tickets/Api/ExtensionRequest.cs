using ConciergeBot.Knowledge.Sla;

namespace ConciergeBot.Tickets.Api;

/// <summary>POST /api/tickets/{id}/extend (manager only).</summary>
internal sealed record ExtensionRequest(ClockKind Clock, DateTimeOffset Due, string Reason);
