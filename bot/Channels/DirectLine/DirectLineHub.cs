using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ConciergeBot.Channels.DirectLine;

/// <summary>
/// Wakes the WebSocket streams of a conversation when its log grows. Streams then read the log after their own
/// watermark, so a missed or merged wake-up never loses or repeats an activity.
/// </summary>
internal sealed class DirectLineHub
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _subscribers = new(StringComparer.Ordinal);

    public Subscription Subscribe(string conversationId)
    {
        var subscription = new Subscription(this, conversationId);
        _subscribers.GetOrAdd(conversationId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void Notify(string conversationId)
    {
        if (_subscribers.TryGetValue(conversationId, out var subscribers))
        {
            foreach (var subscription in subscribers.Keys)
            {
                subscription.Signal();
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        if (_subscribers.TryGetValue(subscription.ConversationId, out var subscribers))
        {
            subscribers.TryRemove(subscription, out _);
        }
    }

    /// <summary>One stream's wake-up signal; coalesces bursts into a single pending wake-up.</summary>
    internal sealed class Subscription(DirectLineHub hub, string conversationId) : IDisposable
    {
        private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

        public string ConversationId { get; } = conversationId;

        public void Signal() => _signal.Writer.TryWrite(true);

        /// <summary>Waits for the log to grow; false if <paramref name="timeout"/> passed first.</summary>
        public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(timeout);
            try
            {
                await _signal.Reader.ReadAsync(cts.Token).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }

        public void Dispose() => hub.Remove(this);
    }
}
