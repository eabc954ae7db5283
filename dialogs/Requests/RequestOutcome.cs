namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// What a request dialog hands back to the root: the ticket it opened (or null), the requests the owner raised
/// meanwhile, and whether the message that ended it is a new matter the root should read (<see cref="Reroute"/>).
/// </summary>
public sealed record RequestOutcome(string? TicketNumber, IReadOnlyList<QueuedRequest> Queued, bool Reroute = false)
{
    /// <summary>The visit time agreed for this request: a queued request that needs one takes it ("两个一起看").</summary>
    public DateTimeOffset? VisitAt { get; init; }
}
