using ConciergeBot.Knowledge.Sla;
using ConciergeBot.Sla;

namespace ConciergeBot.Tickets;

/// <summary>
/// What each act does to a clock (sla.md "Clocks"): pure functions from one clock value to the next, so the
/// arithmetic is tested without a database and the store only persists the result.
/// </summary>
internal static class ClockRules
{
    public static TicketClock Start(long ticketId, ClockKind kind, SlaDuration target, DateTimeOffset now, SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var due = policy.DueFrom(now, target);
        var clock = new TicketClock(0, ticketId, kind, target, ClockStatus.Running, now, due.Due, due.Due - now,
            PausedAt: null, BreachedAt: null, FulfilledAt: null, ClockStage.None, NextStageAt: null, due.Provisional, Extended: false);
        return WithNextStage(clock, policy);
    }

    /// <summary>The stages of a running clock not yet announced, by time.</summary>
    public static IEnumerable<ScheduledStage> PendingStages(TicketClock clock, SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(policy);
        return clock.Status != ClockStatus.Running
            ? []
            : policy.StagesOf(clock.Target, clock.StartedAt, clock.DueAt, clock.Budget).Where(s => (clock.Fired & s.Stage) == 0);
    }

    public static TicketClock WithNextStage(TicketClock clock, SlaPolicy policy) =>
        clock with { NextStageAt = PendingStages(clock, policy).Select(s => (DateTimeOffset?)s.At).FirstOrDefault() };

    public static TicketClock Pause(TicketClock clock, DateTimeOffset now) =>
        clock with { Status = ClockStatus.Paused, PausedAt = now, NextStageAt = null };

    /// <summary>The deadline moves by the time spent paused; so do the warnings, which are measured back from it.</summary>
    public static TicketClock Resume(TicketClock clock, DateTimeOffset now, SlaPolicy policy)
    {
        var paused = now - (clock.PausedAt ?? now);
        return WithNextStage(clock with { Status = ClockStatus.Running, PausedAt = null, DueAt = clock.DueAt + paused }, policy);
    }

    public static TicketClock Fulfil(TicketClock clock, DateTimeOffset now) =>
        clock with { Status = ClockStatus.Fulfilled, FulfilledAt = now, PausedAt = null, NextStageAt = null };

    public static TicketClock Cancel(TicketClock clock) =>
        clock with { Status = ClockStatus.Cancelled, PausedAt = null, NextStageAt = null };

    /// <summary>A manager's extension: the deadline moves, the warnings spread over the longer budget.</summary>
    public static TicketClock Extend(TicketClock clock, DateTimeOffset newDue, SlaPolicy policy) =>
        WithNextStage(clock with { DueAt = newDue, Budget = clock.Budget + (newDue - clock.DueAt), Extended = true }, policy);

    /// <summary>An agreed appointment: the deadline becomes the visit time (already capped by the caller).</summary>
    public static TicketClock Rebase(TicketClock clock, DateTimeOffset newDue, SlaPolicy policy) =>
        WithNextStage(clock with { DueAt = newDue, Budget = newDue - clock.StartedAt }, policy);

    /// <summary>A reopened ticket runs its clock again from now, with the full target and no stage announced.</summary>
    public static TicketClock Restart(TicketClock clock, DateTimeOffset now, SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var due = policy.DueFrom(now, clock.Target);
        return WithNextStage(clock with
        {
            Status = ClockStatus.Running,
            StartedAt = now,
            DueAt = due.Due,
            Budget = due.Due - now,
            PausedAt = null,
            BreachedAt = null,
            FulfilledAt = null,
            Fired = ClockStage.None,
            Provisional = due.Provisional,
            Extended = false,
        }, policy);
    }
}
