namespace ConciergeBot.Limits;

/// <summary>
/// At most <see cref="RateLimit.Permits"/> events per <see cref="RateLimit.Window"/> for each key (a user, an
/// address), never waiting: a refused caller is told when the oldest event in its window leaves it. Time is the
/// service's <see cref="TimeProvider"/>, so a test's manual clock drives it; for the same reason it is not
/// <c>System.Threading.RateLimiting</c>'s partitioned limiters, whose windows follow <c>Stopwatch</c> (see
/// <c>SlidingWindowGate</c>). Memory: the instants still in the window, per key; keys whose window has emptied
/// are dropped once a window, so a flood of fresh keys costs at most one window's worth of them.
/// </summary>
internal sealed class SlidingWindowLimiter(RateLimit limit, TimeProvider time)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _keys = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public RateLimit Limit => limit;

    /// <summary>Counts one event for <paramref name="key"/>; false, and how long until there is room, when the window is full.</summary>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(key);
        retryAfter = TimeSpan.Zero;
        if (limit.IsOff)
        {
            return true;
        }

        var now = time.GetUtcNow();
        lock (_lock)
        {
            Sweep(now);
            if (!_keys.TryGetValue(key, out var recent))
            {
                recent = new Queue<DateTimeOffset>();
                _keys[key] = recent;
            }

            Expire(recent, now);
            if (recent.Count < limit.Permits)
            {
                recent.Enqueue(now);
                return true;
            }

            retryAfter = recent.Peek() + limit.Window - now;
            return false;
        }
    }

    /// <summary>How many keys are held (tests: the sweep keeps a flood of fresh keys bounded).</summary>
    public int KeyCount
    {
        get
        {
            lock (_lock)
            {
                return _keys.Count;
            }
        }
    }

    private void Expire(Queue<DateTimeOffset> recent, DateTimeOffset now)
    {
        while (recent.Count > 0 && recent.Peek() <= now - limit.Window)
        {
            recent.Dequeue();
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + limit.Window;
        foreach (var (key, recent) in _keys)
        {
            Expire(recent, now);
            if (recent.Count == 0)
            {
                _keys.Remove(key);
            }
        }
    }
}
