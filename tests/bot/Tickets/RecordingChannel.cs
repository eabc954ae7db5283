using System.Collections.Concurrent;
using ConciergeBot.Notifications;

namespace ConciergeBot.Tests.Bot.Tickets;

/// <summary>
/// A notification channel that keeps what it is given and can be told to fail the next sends, or to take at most so
/// many a window as WeCom's robot does (then it answers <see cref="ChannelBusyException"/>, as WeComChannel does).
/// </summary>
internal sealed class RecordingChannel : INotificationChannel
{
    private readonly Queue<DateTimeOffset> _recent = new();
    private (int Permits, TimeSpan Window, TimeProvider Clock)? _limit;

    public ConcurrentQueue<OutboxMessage> Sent { get; } = new();

    public void LimitTo(int permits, TimeSpan window, TimeProvider clock) => _limit = (permits, window, clock);

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

        if (_limit is var (permits, window, clock) && clock is not null)
        {
            var now = clock.GetUtcNow();
            while (_recent.Count > 0 && _recent.Peek() <= now - window)
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= permits)
            {
                throw new ChannelBusyException(_recent.Peek() + window - now, $"at most {permits} a window");
            }

            _recent.Enqueue(now);
        }

        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
