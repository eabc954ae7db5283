using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Sla;
using ConciergeBot.Storage;

namespace ConciergeBot.Tickets.Reminders;

/// <summary>
/// Announces the stages of clocks that have come due: re-reads the clock in a write transaction, records each
/// due stage once (the clock's fired set makes a repeat a no-op, whoever calls — a trigger, a misfired trigger
/// at start-up or the sweep), writes the event and queues the ping in the same transaction. A warning that is
/// already overtaken by a later due stage (after downtime) is recorded but not sent.
/// </summary>
internal sealed partial class ClockKeeper(
    TicketTransactions transactions, SqliteDatabase database, SlaPolicy policy, KnowledgeStore knowledge, TicketPings pings, TimeProvider time, ILogger<ClockKeeper> logger)
{
    /// <summary>The roster as loaded now (roster.json is hot-reloaded).</summary>
    private Roster Roster => knowledge.Current.Roster;

    private const int SweepBatch = 200;

    /// <summary>
    /// Processes one clock. <paramref name="scheduledFor"/> is the trigger's own fire time: a trigger that fires a
    /// hair early still counts as on time.
    /// </summary>
    public Task<int> ProcessAsync(long clockId, DateTimeOffset? scheduledFor, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            var clock = await TicketStore.LoadClockAsync(changes.Connection, changes.Transaction, clockId, cancellationToken).ConfigureAwait(false);
            if (clock is null || clock.Status != ClockStatus.Running)
            {
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

            // Fired by its own trigger, the clock's later triggers were scheduled with it: rescheduling would only
            // rewrite them (a Quartz write per reminder). The sweep reschedules (it may be catching up after a crash
            // before the triggers were stored), and so does a clock with nothing left, so its job is removed.
            var advanced = ClockRules.WithNextStage(clock, policy);
            await changes.SaveClockAsync(advanced, reschedule: scheduledFor is null || advanced.NextStageAt is null).ConfigureAwait(false);
            await changes.SaveTicketAsync(ticket).ConfigureAwait(false);
            return announced;
        }, cancellationToken);

    /// <summary>The backstop: every running clock whose next stage is past, whether or not its trigger fired.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            IReadOnlyList<long> ids;
            await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                ids = await TicketStore.ClocksDueAsync(connection, time.GetUtcNow(), SweepBatch, cancellationToken).ConfigureAwait(false);
            }

            foreach (var id in ids)
            {
                var announced = await ProcessAsync(id, null, cancellationToken).ConfigureAwait(false);
                if (announced > 0)
                {
                    LogSweepCaught(logger, id, announced);
                }

                total += announced;
            }

            if (ids.Count < SweepBatch)
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep announced {Count} stage(s) of clock {ClockId} that no trigger had")]
    private static partial void LogSweepCaught(ILogger logger, long clockId, int count);
}
