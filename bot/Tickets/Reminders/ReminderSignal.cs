namespace ConciergeBot.Tickets.Reminders;

/// <summary>
/// What a committed transaction tells the <see cref="ReminderScheduler"/>: the clocks it changed. The scheduler is
/// woken early when one of them has a stage nearer than the instant it sleeps until; a change that arrives while it
/// is firing makes it look again before it sleeps. Nothing here is durable — the clock rows are the truth, and the
/// scheduler re-reads them after every wake.
/// </summary>
internal sealed class ReminderSignal
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _sleepingUntil;
    private bool _changed;
    private TaskCompletionSource _wake = NewWake();

    /// <summary>The instant the scheduler sleeps until, or null while it is firing or looking (for tests).</summary>
    internal DateTimeOffset? SleepingUntil
    {
        get
        {
            lock (_gate)
            {
                return _sleepingUntil;
            }
        }
    }

    /// <summary>Called after a commit with the clocks it saved.</summary>
    public void Notify(IEnumerable<TicketClock> clocks)
    {
        ArgumentNullException.ThrowIfNull(clocks);
        DateTimeOffset? earliest = null;
        foreach (var clock in clocks)
        {
            if (clock.NextStageAt is { } at && (earliest is null || at < earliest))
            {
                earliest = at;
            }
        }

        if (earliest is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_sleepingUntil is not { } until)
            {
                _changed = true;
            }
            else if (earliest < until)
            {
                // Continuations run asynchronously: the committing caller never runs the scheduler's loop.
                _wake.TrySetResult();
            }
        }
    }

    /// <summary>The scheduler starts a pass over the clock rows: changes from now on are seen by this pass or the next.</summary>
    internal void BeginPass()
    {
        lock (_gate)
        {
            _sleepingUntil = null;
            _changed = false;
            _wake = NewWake();
        }
    }

    /// <summary>
    /// The scheduler means to sleep until <paramref name="until"/>; false when a change arrived during the pass (look
    /// again first), otherwise the task that completes when a nearer stage is committed.
    /// </summary>
    internal bool TrySleep(DateTimeOffset until, out Task wake)
    {
        lock (_gate)
        {
            wake = _wake.Task;
            if (_changed)
            {
                return false;
            }

            _sleepingUntil = until;
            return true;
        }
    }

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
