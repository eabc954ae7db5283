using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Notifications;

namespace ConciergeBot.Messaging;

/// <summary>
/// The outbox channel of replies to <c>/api/messages</c> turns that did not ask for them in the response: each
/// reply was committed with its turn and is posted to the caller's serviceUrl by the outbox's delivery loop.
/// </summary>
internal sealed class ConnectorReplyChannel(ConnectorClient connector) : INotificationChannel
{
    public string Name => Outbox.ReplyChannel;

    public bool IsEnabled => true;

    public bool TakesPings => false;

    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reply = message.Payload is { } json ? ActivityJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(json)) : null;
        return reply is null
            ? throw new NotSupportedException("the queued reply has no activity")
            : connector.SendAsync(reply, cancellationToken);
    }
}
