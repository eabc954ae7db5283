namespace ConciergeBot.Notifications;

/// <summary>
/// At most <c>permits</c> sends per <c>window</c> (WeCom: 20 a minute per robot). Callers queue in arrival order
/// and wait for a free slot, up to a limit; past it they give up and the outbox retries later.
/// Not <c>System.Threading.RateLimiting</c>'s <c>SlidingWindowRateLimiter</c>: its replenishment reads
/// <c>Stopwatch</c> even with <c>AutoReplenishment = false</c> (a <c>TryReplenish</c> less than one segment of real
/// time after the last is ignored), so it cannot follow the service's <see cref="TimeProvider"/> or a test's manual clock.
/// </summary>
internal sealed class SlidingWindowGate(int permits, TimeSpan window, TimeProvider time) : IDisposable
{
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Takes a slot; when none frees up within <paramref name="maxWait"/>, false and how long until one does.</summary>
    public async Task<(bool Entered, TimeSpan RetryAfter)> TryEnterAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var giveUpAt = time.GetUtcNow() + maxWait;
            while (true)
            {
                var now = time.GetUtcNow();
                while (_recent.Count > 0 && _recent.Peek() <= now - window)
                {
                    _recent.Dequeue();
                }

                if (_recent.Count < permits)
                {
                    _recent.Enqueue(now);
                    return (true, TimeSpan.Zero);
                }

                var freeAt = _recent.Peek() + window;
                if (freeAt > giveUpAt)
                {
                    return (false, freeAt - now);
                }

                await Task.Delay(freeAt - now, time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();
}
