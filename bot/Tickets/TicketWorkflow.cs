using System.Globalization;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Knowledge.Sla;
using ConciergeBot.Sla;

namespace ConciergeBot.Tickets;

/// <summary>
/// What staff do to a ticket: move it along the flow (with the clock effects each step has), reopen it,
/// pause and resume it while waiting on the owner, extend a deadline (manager only, with a reason) and
/// agree a visit time. Each act is one transaction with its events and pings; a member of staff's act is first
/// checked against <see cref="StaffRights"/> in that transaction, so a refused act records nothing.
/// </summary>
internal sealed class TicketWorkflow(TicketTransactions transactions, TicketDesk desk, SlaPolicy policy, KnowledgeStore knowledge, TicketPings pings)
{
    /// <summary>How far ahead of now an extension may set a deadline.</summary>
    public static readonly TimeSpan MaxExtension = TimeSpan.FromDays(365);

    /// <summary>The roster as loaded now (roster.json is hot-reloaded).</summary>
    private Roster Roster => knowledge.Current.Roster;

    public Task<Ticket> MoveAsync(long id, TicketState to, Actor actor, string? assigneeId, string? note, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            var ticket = await LoadAsync(changes, id).ConfigureAwait(false);
            StaffRights.Demand(actor, StaffRights.ForMove(ticket, to, actor), ticket);
            if (!TicketStates.CanMove(ticket.State, to))
            {
                throw new TicketRuleException(TicketRuleKind.Conflict, $"cannot go from {ticket.State.Label()} to {to.Label()}");
            }

            var clocks = ticket.Clocks.ToList();
            var detail = note;
            switch (to)
            {
                case TicketState.Dispatched:
                    var assignee = (assigneeId is null ? null : Roster.FindById(assigneeId))
                        ?? throw new TicketRuleException(TicketRuleKind.Invalid, "dispatch needs an assignee from the roster");
                    ticket = ticket with { Assignee = assignee.Id };
                    detail = $"派给{assignee.Name}{Suffix(note)}";
                    break;
                case TicketState.Accepted:
                    await FulfilAsync(changes, ticket, clocks, actor, ClockKind.FirstReply).ConfigureAwait(false);
                    break;
                case TicketState.OnSite:
                    await FulfilAsync(changes, ticket, clocks, actor, ClockKind.FirstReply, ClockKind.Arrival).ConfigureAwait(false);
                    break;
                case TicketState.Resolved:
                    await FulfilAsync(changes, ticket, clocks, actor, ClockKind.FirstReply, ClockKind.Arrival, ClockKind.Resolution).ConfigureAwait(false);
                    ticket = await SelectRevisitAsync(changes, ticket with { Clocks = clocks }, clocks).ConfigureAwait(false);
                    break;
                case TicketState.Revisited:
                    await FulfilAsync(changes, ticket, clocks, actor, ClockKind.FollowUp).ConfigureAwait(false);
                    break;
                case TicketState.Closed when clocks.Any(c => c.Kind == ClockKind.FollowUp && c.IsLive):
                    throw new TicketRuleException(TicketRuleKind.Conflict, "this ticket was selected for a revisit (回访); record the revisit before closing it");
                case TicketState.Cancelled:
                    for (var i = 0; i < clocks.Count; i++)
                    {
                        if (clocks[i].IsLive)
                        {
                            clocks[i] = await changes.SaveClockAsync(ClockRules.Cancel(clocks[i])).ConfigureAwait(false);
                            await changes.EventAsync(ticket, actor, TicketEventKinds.ClockCancelled, null, clocks[i]).ConfigureAwait(false);
                        }
                    }

                    break;
            }

            ticket = ticket with { State = to, Clocks = clocks };
            await changes.EventAsync(ticket, actor, TicketEventKinds.ForState(to), detail).ConfigureAwait(false);
            await changes.SaveTicketAsync(ticket).ConfigureAwait(false);
            return ticket;
        }, cancellationToken);

    /// <summary>Back to work after a resolution: the main clock restarts from now, the revisit is off, the reopen counts.</summary>
    public Task<Ticket> ReopenAsync(long id, Actor actor, string reason, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            var ticket = await LoadAsync(changes, id).ConfigureAwait(false);
            StaffRights.Demand(actor, TicketAct.Reopen, ticket);
            RequireReason(reason);
            if (!TicketStates.CanReopen(ticket.State))
            {
                throw new TicketRuleException(TicketRuleKind.Conflict, $"a ticket in state {ticket.State.Label()} cannot be reopened");
            }

            var clocks = ticket.Clocks.ToList();
            for (var i = 0; i < clocks.Count; i++)
            {
                if (clocks[i].Kind == ClockKind.FollowUp && clocks[i].IsLive)
                {
                    clocks[i] = await changes.SaveClockAsync(ClockRules.Cancel(clocks[i])).ConfigureAwait(false);
                    await changes.EventAsync(ticket, actor, TicketEventKinds.ClockCancelled, "重开，取消回访", clocks[i]).ConfigureAwait(false);
                }
            }

            ticket = ticket with { State = TicketState.Dispatched, ReopenCount = ticket.ReopenCount + 1, RevisitSelected = null };
            await changes.EventAsync(ticket, actor, TicketEventKinds.Reopened, reason).ConfigureAwait(false);
            TicketClock? main = null;
            if (policy.TargetFor(ticket.Intent, ticket.Severity) is { } target)
            {
                var index = clocks.FindIndex(c => c.Kind == target.Clock);
                main = index >= 0
                    ? ClockRules.Restart(clocks[index], changes.Now, policy)
                    : ClockRules.Start(ticket.Id, target.Clock, target.Duration, changes.Now, policy);
                main = await changes.SaveClockAsync(main).ConfigureAwait(false);
                if (index >= 0)
                {
                    clocks[index] = main;
                }
                else
                {
                    clocks.Add(main);
                }

                await changes.EventAsync(ticket, actor, TicketEventKinds.ClockStarted,
                    $"重开后重新计时，{ChineseTimeText.Clock(main.DueAt, changes.Now)}前{TicketPings.Verb(main.Kind)}", main).ConfigureAwait(false);
            }

            ticket = ticket with { Clocks = clocks };
            var assistant = (ticket.Assignee is { } a ? Roster.FindById(a) : null) ?? desk.AssigneeFor(ticket.Place);
            await changes.PingAsync(pings.Reopened(ticket, main, assistant, reason, changes.Now)).ConfigureAwait(false);
            await changes.SaveTicketAsync(ticket).ConfigureAwait(false);
            return ticket;
        }, cancellationToken);

    /// <summary>Waiting on the owner: running clocks stop, except an emergency or urgent arrival clock, which never pauses.</summary>
    public Task<Ticket> PauseAsync(long id, Actor actor, string reason, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            var ticket = await LoadAsync(changes, id).ConfigureAwait(false);
            StaffRights.Demand(actor, TicketAct.Pause, ticket);
            RequireReason(reason);
            var clocks = ticket.Clocks.ToList();
            var paused = 0;
            for (var i = 0; i < clocks.Count; i++)
            {
                if (clocks[i].Status == ClockStatus.Running && !SlaTargets.IsNeverPaused(ticket.Intent, clocks[i].Kind))
                {
                    clocks[i] = await changes.SaveClockAsync(ClockRules.Pause(clocks[i], changes.Now)).ConfigureAwait(false);
                    await changes.EventAsync(ticket, actor, TicketEventKinds.ClockPaused, reason, clocks[i]).ConfigureAwait(false);
                    paused++;
                }
            }

            if (paused == 0)
            {
                throw new TicketRuleException(TicketRuleKind.Conflict, clocks.Any(c => c.Status == ClockStatus.Running)
                    ? "the arrival deadline of an emergency or urgent request never pauses"
                    : "no running deadline to pause");
            }

            return ticket with { Clocks = clocks };
        }, cancellationToken);

    public Task<Ticket> ResumeAsync(long id, Actor actor, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            var ticket = await LoadAsync(changes, id).ConfigureAwait(false);
            StaffRights.Demand(actor, TicketAct.Resume, ticket);
            var clocks = ticket.Clocks.ToList();
            var resumed = 0;
            for (var i = 0; i < clocks.Count; i++)
            {
                if (clocks[i].Status == ClockStatus.Paused)
                {
                    var pausedFor = changes.Now - clocks[i].PausedAt!.Value;
                    clocks[i] = await changes.SaveClockAsync(ClockRules.Resume(clocks[i], changes.Now, policy)).ConfigureAwait(false);
                    await changes.EventAsync(ticket, actor, TicketEventKinds.ClockResumed,
                        $"暂停{ChineseTimeText.Length(pausedFor)}，时限顺延至{ChineseTimeText.Clock(clocks[i].DueAt, changes.Now)}", clocks[i]).ConfigureAwait(false);
                    resumed++;
                }
            }

            return resumed == 0 ? throw new TicketRuleException(TicketRuleKind.Conflict, "no paused deadline to resume") : ticket with { Clocks = clocks };
        }, cancellationToken);

    /// <summary>
    /// Only the management-centre manager may extend a deadline, only with a reason, and at most
    /// <see cref="MaxExtension"/> ahead (a date far off is a typing error, and beyond the calendar's reach); it is logged.
    /// </summary>
    public Task<Ticket> ExtendAsync(long id, ClockKind kind, DateTimeOffset newDue, string reason, Actor actor, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            var ticket = await LoadAsync(changes, id).ConfigureAwait(false);
            StaffRights.Demand(actor, TicketAct.Extend, ticket);
            RequireReason(reason);
            var clocks = ticket.Clocks.ToList();
            var index = clocks.FindIndex(c => c.Kind == kind && c.IsLive);
            if (index < 0)
            {
                throw new TicketRuleException(TicketRuleKind.Conflict, $"no live {kind} deadline on this ticket");
            }

            var old = clocks[index];
            if (newDue <= old.DueAt || newDue <= changes.Now)
            {
                throw new TicketRuleException(TicketRuleKind.Invalid, "an extension must move the deadline later, into the future");
            }

            if (newDue > changes.Now + MaxExtension)
            {
                throw new TicketRuleException(TicketRuleKind.Invalid,
                    string.Create(CultureInfo.InvariantCulture, $"an extension may move the deadline at most {MaxExtension.TotalDays:0} days ahead (until {ChinaTime.ToLocal(changes.Now + MaxExtension):yyyy-MM-dd HH:mm})"));
            }

            clocks[index] = await changes.SaveClockAsync(ClockRules.Extend(old, newDue, policy)).ConfigureAwait(false);
            await changes.EventAsync(ticket, actor, TicketEventKinds.ClockExtended,
                string.Create(CultureInfo.InvariantCulture, $"{ChinaTime.ToLocal(old.DueAt):yyyy-MM-dd HH:mm} → {ChinaTime.ToLocal(newDue):yyyy-MM-dd HH:mm}：{reason}"),
                clocks[index]).ConfigureAwait(false);
            return ticket with { Clocks = clocks };
        }, cancellationToken);

    /// <summary>The owner's agreed visit time for an ordinary repair becomes the deadline, at most 7 working days after the report.</summary>
    public Task<Ticket> SetAppointmentAsync(long id, DateTimeOffset visit, Actor actor, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            var ticket = await LoadAsync(changes, id).ConfigureAwait(false);
            StaffRights.Demand(actor, TicketAct.SetAppointment, ticket);
            if (ticket.Intent != IntentCode.RepairGeneral)
            {
                throw new TicketRuleException(TicketRuleKind.Conflict, "appointments set the deadline of ordinary repairs (repair.general) only");
            }

            if (!ticket.Clocks.Any(c => c.Kind == ClockKind.Resolution && c.IsLive))
            {
                throw new TicketRuleException(TicketRuleKind.Conflict, "no live resolution deadline on this ticket");
            }

            ticket = await desk.RebaseOnAppointmentAsync(changes, ticket with { AppointmentAt = visit }, visit, actor).ConfigureAwait(false);
            await changes.SaveTicketAsync(ticket).ConfigureAwait(false);
            return ticket;
        }, cancellationToken);

    private static async Task<Ticket> LoadAsync(TicketChanges changes, long id) =>
        await changes.LoadAsync(id).ConfigureAwait(false) ?? throw new TicketRuleException(TicketRuleKind.NotFound, $"no ticket {id}");

    private static async Task FulfilAsync(TicketChanges changes, Ticket ticket, List<TicketClock> clocks, Actor actor, params ClockKind[] kinds)
    {
        for (var i = 0; i < clocks.Count; i++)
        {
            if (clocks[i].IsLive && kinds.Contains(clocks[i].Kind))
            {
                clocks[i] = await changes.SaveClockAsync(ClockRules.Fulfil(clocks[i], changes.Now)).ConfigureAwait(false);
                var late = clocks[i].BreachedAt is null ? "按时" : $"超时{ChineseTimeText.Length(changes.Now - clocks[i].DueAt)}";
                await changes.EventAsync(ticket, actor, TicketEventKinds.ClockFulfilled, late, clocks[i]).ConfigureAwait(false);
            }
        }
    }

    private async Task<Ticket> SelectRevisitAsync(TicketChanges changes, Ticket ticket, List<TicketClock> clocks)
    {
        var (selected, why) = RevisitSelector.Select(ticket, policy);
        ticket = ticket with { RevisitSelected = selected };
        if (!selected)
        {
            await changes.EventAsync(ticket, Actor.System, TicketEventKinds.RevisitSkipped, why).ConfigureAwait(false);
            return ticket;
        }

        await changes.EventAsync(ticket, Actor.System, TicketEventKinds.RevisitSelected, why).ConfigureAwait(false);
        var index = clocks.FindIndex(c => c.Kind == ClockKind.FollowUp);
        var followUp = index >= 0
            ? ClockRules.Restart(clocks[index] with { Target = policy.FollowUp }, changes.Now, policy)
            : ClockRules.Start(ticket.Id, ClockKind.FollowUp, policy.FollowUp, changes.Now, policy);
        followUp = await changes.SaveClockAsync(followUp).ConfigureAwait(false);
        if (index >= 0)
        {
            clocks[index] = followUp;
        }
        else
        {
            clocks.Add(followUp);
        }

        await changes.EventAsync(ticket, Actor.System, TicketEventKinds.ClockStarted,
            $"回访时限{ChineseTimeText.Clock(followUp.DueAt, changes.Now)}", followUp).ConfigureAwait(false);
        return ticket;
    }

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new TicketRuleException(TicketRuleKind.Invalid, "a reason is required");
        }
    }

    private static string Suffix(string? note) => string.IsNullOrWhiteSpace(note) ? "" : "：" + note;
}
