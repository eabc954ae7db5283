namespace ConciergeBot.Tickets.Api;

/// <summary>A staff API body that can say what it lacks (a field every act of its kind needs).</summary>
internal interface IStaffRequest
{
    /// <summary>Why the body cannot be acted on, or null.</summary>
    string? Problem();
}
