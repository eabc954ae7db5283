using System.Collections.Concurrent;
using ConciergeBot.Notifications;

namespace ConciergeBot.Tests.Bot.Tickets;

/// <summary>A notification channel that keeps what it is given and can be told to fail the next sends.</summary>
internal sealed class RecordingChannel : INotificationChannel
{
    public ConcurrentQueue<OutboxMessage> Sent { get; } = new();

    public int FailuresToInject { get; set; }

    public string Name => "test";

    public bool IsEnabled => true;

    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (FailuresToInject > 0)
        {
            FailuresToInject--;
            throw new HttpRequestException("receiver down");
        }

        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
