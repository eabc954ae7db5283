namespace ConciergeBot.Tickets.Api;

/// <summary>POST /api/tickets/{id}/appointment (repair.general).</summary>
internal sealed record AppointmentRequest(DateTimeOffset? At) : IStaffRequest
{
    public string? Problem() => At is null ? $"at is required: the visit time agreed with the owner, {StaffBody.DateExample}" : null;
}
