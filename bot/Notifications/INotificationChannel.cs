namespace ConciergeBot.Notifications;

/// <summary>
/// A way out of the service for outbox messages. Ping channels (webhook, WeCom, Discord, staff chat) each get a
/// delivery row for every staff ping; single-purpose channels (<see cref="TakesPings"/> false: owner updates, turn
/// replies) get only the messages queued for them by name. Every delivery is retried with the outbox's one
/// backoff policy until it succeeds. <see cref="SendAsync"/> throws on failure; the message is then
/// retried, so a channel should pass <see cref="OutboxMessage.Id"/> on for the receiver to de-duplicate. A
/// <see cref="NotSupportedException"/> means a retry cannot help: the delivery is marked failed at once.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Stable name stored with each delivery ("webhook", "wecom"); changing it orphans pending deliveries.</summary>
    string Name { get; }

    /// <summary>False while the channel is not configured (no URL, no key): no deliveries are queued for it.</summary>
    bool IsEnabled { get; }

    /// <summary>True for the channels every staff ping fans out to.</summary>
    bool TakesPings => true;

    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
