namespace ConciergeBot.Notifications;

/// <summary>
/// Wakes the sender as soon as a transaction that queued pings has committed. At most one wake-up is pending: a
/// notify while one is pending does nothing (one wake-up delivers everything pending), without the exception a full
/// semaphore would throw on every extra commit (the profile showed tens a second under load).
/// </summary>
internal sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private int _pending;

    public void Notify()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _semaphore.Release();
        }
    }

    /// <summary>Waits for a signal or the poll interval, whichever comes first.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var signalled = await _semaphore.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        if (signalled)
        {
            Volatile.Write(ref _pending, 0);
        }

        return signalled;
    }

    public void Dispose() => _semaphore.Dispose();
}
