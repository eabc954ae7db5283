using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Sla;
using ConciergeBot.Storage;

namespace ConciergeBot.Tickets.Reminders;

/// <summary>
/// Fires the stages of clocks that have come due (for the <see cref="ReminderScheduler"/>): re-reads the clock in a
/// write transaction through the group-commit writer, records each due stage once (the clock's fired set makes a
/// repeat a no-op), writes the event and queues the ping in the same transaction. A warning that is already
/// overtaken by a later due stage (after downtime) is recorded but not sent.
/// </summary>
internal sealed partial class ClockKeeper(
    TicketTransactions transactions, SqliteDatabase database, SlaPolicy policy, KnowledgeStore knowledge, TicketPings pings, TimeProvider time, ILogger<ClockKeeper> logger)
{
    /// <summary>The roster as loaded now (roster.json is hot-reloaded).</summary>
    private Roster Roster => knowledge.Current.Roster;

    private const int Batch = 200;

    /// <summary>
    /// Processes one clock. <paramref name="scheduledFor"/> is the instant the scheduler slept until: a timer that
    /// fires a hair early still counts as on time.
    /// </summary>
    public Task<int> ProcessAsync(long clockId, DateTimeOffset? scheduledFor, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            var clock = await TicketStore.LoadClockAsync(changes.Connection, changes.Transaction, clockId, cancellationToken).ConfigureAwait(false);
            if (clock is null)
            {
                return 0;
            }

            if (clock.Status != ClockStatus.Running)
            {
                // Not running has no next stage; a stray one would keep the scheduler waking for nothing.
                if (clock.NextStageAt is not null)
                {
                    await changes.SaveClockAsync(clock with { NextStageAt = null }).ConfigureAwait(false);
                }

                return 0;
            }

            var asOf = scheduledFor is { } s && s > changes.Now ? s : changes.Now;
            var due = ClockRules.PendingStages(clock, policy).Where(stage => stage.At <= asOf).ToList();
            if (due.Count == 0)
            {
                var next = ClockRules.WithNextStage(clock, policy);
                if (next.NextStageAt != clock.NextStageAt)
                {
                    await changes.SaveClockAsync(next).ConfigureAwait(false);
                }

                return 0;
            }

            var ticket = await changes.LoadAsync(clock.TicketId).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"clock {clockId} has no ticket");
            var announced = 0;
            for (var i = 0; i < due.Count; i++)
            {
                var stage = due[i];
                clock = clock with { Fired = clock.Fired | stage.Stage };
                var overtaken = stage.IsWarning && i < due.Count - 1;
                (ticket, clock) = await AnnounceAsync(changes, ticket, clock, stage, overtaken).ConfigureAwait(false);
                announced += overtaken ? 0 : 1;
            }

            await changes.SaveClockAsync(ClockRules.WithNextStage(clock, policy)).ConfigureAwait(false);
            await changes.SaveTicketAsync(ticket).ConfigureAwait(false);
            return announced;
        }, cancellationToken);

    /// <summary>Fires every running clock whose next stage is due now.</summary>
    public Task<int> FireDueAsync(CancellationToken cancellationToken) => FireDueAsync(time.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Fires every running clock whose next stage is due by <paramref name="asOf"/>, earliest first, one transaction per
    /// clock; returns the stages announced. A clock that fails is logged and left for the next pass, not retried here.
    /// </summary>
    public async Task<int> FireDueAsync(DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var total = 0;
        var failed = new HashSet<long>();
        while (true)
        {
            // The clocks that failed in this pass are still due: fetch past them.
            var limit = Batch + failed.Count;
            IReadOnlyList<long> ids;
            await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                ids = await TicketStore.ClocksDueAsync(connection, asOf, limit, cancellationToken).ConfigureAwait(false);
            }

            var fresh = ids.Where(id => !failed.Contains(id)).ToList();
            foreach (var id in fresh)
            {
                try
                {
                    total += await ProcessAsync(id, asOf, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failed.Add(id);
                    LogClockFailed(logger, id, ex);
                }
            }

            if (ids.Count < limit || fresh.Count == 0)
            {
                return total;
            }
        }
    }

    private async Task<(Ticket, TicketClock)> AnnounceAsync(TicketChanges changes, Ticket ticket, TicketClock clock, ScheduledStage stage, bool overtaken)
    {
        var now = changes.Now;
        var assistant = (ticket.Assignee is { } id ? Roster.FindById(id) : null) ?? Roster.Supervisor;
        switch (stage.Stage)
        {
            case ClockStage.Breach:
                clock = clock with { BreachedAt = stage.At };
                ticket = ticket with
                {
                    BreachCount = ticket.BreachCount + 1,
                    EscalationLevel = Max(ticket.EscalationLevel, EscalationLevel.Supervisor),
                };
                await changes.EventAsync(ticket, Actor.System, TicketEventKinds.ClockBreached, $"通知客服主管{Roster.Supervisor.Name}", clock).ConfigureAwait(false);
                await changes.PingAsync(pings.Reminder(ticket, clock, stage, Roster.Supervisor, assistant, now)).ConfigureAwait(false);
                break;
            case ClockStage.Escalation:
                ticket = ticket with { EscalationLevel = EscalationLevel.Manager };
                await changes.EventAsync(ticket, Actor.System, TicketEventKinds.ClockEscalated, $"升级至管理中心经理{Roster.Manager.Name}", clock).ConfigureAwait(false);
                await changes.PingAsync(pings.Reminder(ticket, clock, stage, Roster.Manager, Roster.Supervisor, now)).ConfigureAwait(false);
                break;
            default:
                var what = stage.Fraction is { } f ? FormattableString.Invariant($"{f:P0}") : "到期日上午";
                if (overtaken)
                {
                    await changes.EventAsync(ticket, Actor.System, TicketEventKinds.ClockWarned, $"{what}提醒已被后续阶段取代，未发送", clock).ConfigureAwait(false);
                    break;
                }

                await changes.EventAsync(ticket, Actor.System, TicketEventKinds.ClockWarned, $"{what}提醒{assistant.Name}", clock).ConfigureAwait(false);
                await changes.PingAsync(pings.Reminder(ticket, clock, stage, assistant, null, now)).ConfigureAwait(false);
                break;
        }

        return (ticket, clock);
    }

    private static EscalationLevel Max(EscalationLevel a, EscalationLevel b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not fire the due stages of clock {ClockId}; the scheduler tries again shortly")]
    private static partial void LogClockFailed(ILogger logger, long clockId, Exception exception);
}
