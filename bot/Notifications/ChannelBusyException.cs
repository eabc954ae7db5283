namespace ConciergeBot.Notifications;

/// <summary>
/// Thrown by a channel at its own rate limit (WeCom's 20 a minute): not a failed attempt. The sender leaves that
/// channel's deliveries due, in their order, and offers it none until <see cref="RetryAfter"/> has passed — then it
/// takes the most urgent first.
/// </summary>
public sealed class ChannelBusyException(TimeSpan retryAfter, string message) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
