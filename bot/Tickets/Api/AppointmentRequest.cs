namespace ConciergeBot.Tickets.Api;

/// <summary>POST /api/tickets/{id}/appointment (repair.general).</summary>
internal sealed record AppointmentRequest(DateTimeOffset At);
