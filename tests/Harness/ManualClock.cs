namespace ConciergeBot.Tests.Harness;

/// <summary>
/// A TimeProvider the test moves by hand. Timers created through it fire when <see cref="Advance"/> or
/// <see cref="SetUtcNow"/> passes their due time, in due order, so deadlines are tested to the minute.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    /// <summary>Sunday 2026-11-22 10:00 in Shanghai, the evaluation files' reference time.</summary>
    public ManualClock() : this(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero))
    {
    }

    public override TimeZoneInfo LocalTimeZone => global::ConciergeBot.Knowledge.Calendar.ChinaTime.Zone;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_timers)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by) => SetUtcNow(GetUtcNow() + by);

    public void SetUtcNow(DateTimeOffset to)
    {
        while (true)
        {
            ManualTimer? next;
            lock (_timers)
            {
                next = _timers.Where(t => t.DueAt is { } due && due <= to).MinBy(t => t.DueAt);
                if (next is null)
                {
                    _now = to;
                    return;
                }
                if (next.DueAt > _now)
                {
                    _now = next.DueAt!.Value;
                }
                next.Fired();
            }
            next.Invoke();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._timers)
            {
                _period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    DueAt = null;
                    clock._timers.Remove(this);
                }
                else
                {
                    DueAt = clock._now + dueTime;
                    if (!clock._timers.Contains(this))
                    {
                        clock._timers.Add(this);
                    }
                }
            }
            return true;
        }

        public void Fired()
        {
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
            {
                DueAt = DueAt!.Value + _period;
            }
            else
            {
                DueAt = null;
                clock._timers.Remove(this);
            }
        }

        public void Invoke() => callback(state);

        public void Dispose() => Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
