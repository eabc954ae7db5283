namespace ConciergeBot.Dialogs.Requests.Tickets;

/// <summary>
/// The owner has opened as many tickets as the limits allow for now, and this request is not urgent: nothing was
/// opened. <see cref="RetryAfter"/> is when one more would be taken.
/// </summary>
public sealed class TicketLimitException(TimeSpan retryAfter)
    : Exception($"Too many tickets opened by this owner; another can be opened in {retryAfter}.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
