namespace ConciergeBot.Dialogs.Requests;

/// <summary>What a request dialog hands back to the root: the ticket it opened (or null) and the requests the owner raised meanwhile.</summary>
public sealed record RequestOutcome(string? TicketNumber, IReadOnlyList<QueuedRequest> Queued);
