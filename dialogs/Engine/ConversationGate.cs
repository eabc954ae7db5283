namespace ConciergeBot.Dialogs.Engine;

/// <summary>
/// One turn at a time per conversation: a keyed async lock. Different conversations never wait on each other;
/// entries are removed when nobody holds or waits for them.
/// </summary>
public sealed class ConversationGate
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries[key] = entry;
            }
            entry.Users++;
        }
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Release(key, entry, heldSemaphore: false);
            throw;
        }
        return new Lease(this, key, entry);
    }

    internal int ActiveKeys { get { lock (_entries) { return _entries.Count; } } }

    private void Release(string key, Entry entry, bool heldSemaphore)
    {
        if (heldSemaphore)
        {
            entry.Semaphore.Release();
        }
        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users { get; set; }
    }

    private sealed class Lease(ConversationGate gate, string key, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Release(key, entry, heldSemaphore: true);
            }
        }
    }
}
