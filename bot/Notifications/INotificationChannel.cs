namespace ConciergeBot.Notifications;

/// <summary>
/// A way of delivering outbox pings to staff (the generic webhook here; WeCom, Discord and chat with the
/// channels issue). Register implementations in DI; each enabled channel gets its own delivery row per ping,
/// retried with backoff until it succeeds. <see cref="SendAsync"/> throws on failure; the message is then
/// retried, so a channel should pass <see cref="OutboxMessage.Id"/> on for the receiver to de-duplicate.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Stable name stored with each delivery ("webhook", "wecom"); changing it orphans pending deliveries.</summary>
    string Name { get; }

    /// <summary>False while the channel is not configured (no URL, no key): no deliveries are queued for it.</summary>
    bool IsEnabled { get; }

    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
