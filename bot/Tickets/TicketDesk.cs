using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Sla;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Limits;
using ConciergeBot.Sla;
using ConciergeBot.Storage;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tickets;

/// <summary>
/// Opens tickets for the request dialogs and answers owners about their own tickets. Opening is one
/// transaction: the number, the ticket, its dispatch to the building's assistant, its clock, the timeline and
/// the pings — in a turn, the turn's own transaction (<see cref="TicketTransactions"/>), so they commit with the
/// turn's state and the record of the activity, before the owner is told the number.
/// </summary>
internal sealed class TicketDesk(
    TicketTransactions transactions, SqliteDatabase database, SlaPolicy policy, KnowledgeStore knowledge, TicketPings pings, IOptions<LimitsOptions> limits) : ITicketDesk
{
    /// <summary>The roster as loaded now (roster.json is hot-reloaded).</summary>
    private Roster Roster => knowledge.Current.Roster;

    private const int MaxDescription = 2000;

    public async Task<OpenedTicket> OpenAsync(TicketDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!IntentCode.IsKnown(draft.Intent) || draft.Intent is IntentCode.TicketStatus or IntentCode.Smalltalk)
        {
            throw new TicketRuleException(TicketRuleKind.Invalid, $"'{draft.Intent}' does not open a ticket");
        }

        if (string.IsNullOrWhiteSpace(draft.Description) || string.IsNullOrWhiteSpace(draft.Owner.UserId))
        {
            throw new TicketRuleException(TicketRuleKind.Invalid, "a ticket needs the owner and the owner's words");
        }

        var target = policy.TargetFor(draft.Intent, draft.Severity, draft.OtherDepartment);
        var supervisorAtOnce = SlaTargets.SupervisorAtOnce(draft.Intent, draft.Severity);
        var urgent = IntentProfiles.For(draft.Intent).OpensAtOnce;
        var ticket = await transactions.RunAsync(async changes =>
        {
            var now = changes.Now;
            // An owner over the opening limits gets nothing opened — unless the request is urgent: that is opened, and flagged.
            var over = await OwnerTicketLimits.CheckAsync(changes.Connection, changes.Transaction, draft.Owner, now, limits.Value, cancellationToken).ConfigureAwait(false);
            if (over is { } refused && !urgent)
            {
                throw new TicketLimitException(refused.Wait);
            }

            var assignee = AssigneeFor(draft.Place);
            TicketClock? clock = null;
            string? clockDetail = null;
            DateTimeOffset? appointment = null;
            if (target is not null)
            {
                clock = ClockRules.Start(0, target.Clock, target.Duration, now, policy);
                clockDetail = StartedDetail(target, clock, now);
                if (draft.Appointment is { } visit && draft.Intent == IntentCode.RepairGeneral)
                {
                    (clock, var why) = Appoint(clock, now, visit, now);
                    appointment = visit;
                    clockDetail += "；" + why;
                }
            }

            if (appointment is null && draft.Appointment is { } agreed && agreed > now)
            {
                // A bulb changed at 10:00 or a taxi at 7:00: the time agreed is kept; the deadline stays the standard's —
                // except a simple repair booked after it, whose half day runs from the visit the owner chose.
                appointment = agreed;
                if (clock is not null && FromTheVisit(draft.Intent, clock, agreed, now) is { } fromVisit)
                {
                    (clock, var why) = fromVisit;
                    clockDetail = $"{target!.Clock} {target.Duration}，{why}";
                }
            }

            // Inserted as it stands once dispatched; the timeline still records receipt and dispatch as two events.
            var number = await TicketStore.NextNumberAsync(changes.Connection, changes.Transaction, now, cancellationToken).ConfigureAwait(false);
            var ticket = new Ticket(0, number, draft.Intent, draft.Severity, TicketState.Dispatched, draft.Owner, draft.Place,
                Trim(draft.Description), assignee.Id, appointment, 0, 0,
                supervisorAtOnce ? EscalationLevel.Supervisor : EscalationLevel.Assistant, null, now, now, []);
            ticket = ticket with { Id = await TicketStore.InsertTicketAsync(changes.Connection, changes.Transaction, ticket, cancellationToken).ConfigureAwait(false) };
            await changes.EventAsync(ticket, Actor.Owner(draft.Owner.UserId), TicketEventKinds.Received, ticket.Description).ConfigureAwait(false);
            await changes.EventAsync(ticket, Actor.Bot, TicketEventKinds.Dispatched, $"派给{assignee.Name}").ConfigureAwait(false);
            if (over is { } flagged)
            {
                await changes.EventAsync(ticket, Actor.Bot, TicketEventKinds.Flagged, OwnerTicketLimits.Flag(flagged.Limit)).ConfigureAwait(false);
            }

            if (clock is not null)
            {
                clock = await changes.SaveClockAsync(clock with { TicketId = ticket.Id }).ConfigureAwait(false);
                await changes.EventAsync(ticket, Actor.Bot, TicketEventKinds.ClockStarted, clockDetail, clock).ConfigureAwait(false);
            }

            await changes.PingAsync(pings.Opened(ticket, clock, assignee, EscalationLevel.Assistant, now)).ConfigureAwait(false);
            if (supervisorAtOnce)
            {
                await changes.EventAsync(ticket, Actor.Bot, TicketEventKinds.ClockEscalated, $"即时通知客服主管{Roster.Supervisor.Name}", clock).ConfigureAwait(false);
                if (assignee.Id != Roster.Supervisor.Id)
                {
                    await changes.PingAsync(pings.Opened(ticket, clock, Roster.Supervisor, EscalationLevel.Supervisor, now)).ConfigureAwait(false);
                }
            }

            return ticket with { Clocks = clock is null ? [] : [clock] };
        }, cancellationToken).ConfigureAwait(false);

        var primary = ticket.Clocks.Count > 0 ? ticket.Clocks[0] : null;
        return new OpenedTicket(ticket.Number, ticket.Intent, primary?.Kind, primary?.Target, primary?.DueAt, primary?.Provisional ?? false,
            StaffName(ticket.Assignee), ticket.CreatedAt);
    }

    public Task<bool> AddDetailsAsync(string number, OwnerIdentity owner, TicketPlace? place, string? details, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            var ticket = await changes.LoadByNumberAsync(number).ConfigureAwait(false);
            if (ticket is null || !owner.Owns(ticket.Owner) || !ticket.State.IsOpen())
            {
                return false;
            }

            if (!string.IsNullOrWhiteSpace(details))
            {
                ticket = ticket with { Description = Trim($"{ticket.Description}；{details.Trim()}") };
                await changes.EventAsync(ticket, Actor.Owner(owner.UserId), TicketEventKinds.Note, details.Trim()).ConfigureAwait(false);
            }

            if (place is { IsKnown: true } && place != ticket.Place)
            {
                var assignee = AssigneeFor(place);
                var reassigned = assignee.Id != ticket.Assignee;
                ticket = ticket with { Place = place, Assignee = assignee.Id };
                await changes.EventAsync(ticket, Actor.Owner(owner.UserId), TicketEventKinds.Note, $"地点：{place.Describe()}").ConfigureAwait(false);
                if (reassigned)
                {
                    await changes.EventAsync(ticket, Actor.Bot, TicketEventKinds.Dispatched, $"改派给{assignee.Name}").ConfigureAwait(false);
                }

                await changes.PingAsync(pings.PlaceUpdated(ticket, ticket.Clocks.FirstOrDefault(c => c.IsLive), assignee, changes.Now)).ConfigureAwait(false);
            }

            await changes.SaveTicketAsync(ticket).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<bool> AmendAsync(string number, OwnerIdentity owner, string? contact, DateTimeOffset? appointment, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            var ticket = await changes.LoadByNumberAsync(number).ConfigureAwait(false);
            if (ticket is null || !owner.Owns(ticket.Owner) || !ticket.State.IsOpen())
            {
                return false;
            }

            if (contact is not null && contact != ticket.Owner.Contact)
            {
                ticket = ticket with { Owner = ticket.Owner with { Contact = contact } };
                await changes.EventAsync(ticket, Actor.Owner(owner.UserId), TicketEventKinds.Note, $"联系电话改为 {contact}").ConfigureAwait(false);
            }

            if (appointment is { } at && at > changes.Now && at != ticket.AppointmentAt)
            {
                ticket = ticket with { AppointmentAt = at };
                await changes.EventAsync(ticket, Actor.Owner(owner.UserId), TicketEventKinds.Note, $"约定时间改为 {ChineseTimeText.Clock(at, changes.Now)}").ConfigureAwait(false);
                ticket = await RebaseOnAppointmentAsync(changes, ticket, at, Actor.Owner(owner.UserId)).ConfigureAwait(false);
            }

            await changes.SaveTicketAsync(ticket).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<OpenedTicket?> UpgradeAsync(string number, OwnerIdentity owner, string intent, string words, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            if (await MovableAsync(changes, number, owner, intent).ConfigureAwait(false) is not var (ticket, target))
            {
                return null;
            }

            var now = changes.Now;
            var faster = ClockRules.Start(ticket.Id, target.Clock, target.Duration, now, policy);
            var clocks = ticket.Clocks.ToList();
            var from = ticket.Intent;
            var supervisorAtOnce = SlaTargets.SupervisorAtOnce(intent, ticket.Severity);
            var standing = clocks.FirstOrDefault(c => c.IsLive && c.DueAt <= faster.DueAt);
            if (standing is not null && !(supervisorAtOnce && ticket.EscalationLevel < EscalationLevel.Supervisor))
            {
                return null;    // the standing promise is already as fast, and nobody more is to be told
            }

            ticket = ticket with
            {
                Intent = intent,
                Description = Trim($"{ticket.Description}；{words.Trim()}"),
                EscalationLevel = supervisorAtOnce && ticket.EscalationLevel < EscalationLevel.Supervisor ? EscalationLevel.Supervisor : ticket.EscalationLevel,
            };
            await changes.EventAsync(ticket, Actor.Owner(owner.UserId), TicketEventKinds.Note, words.Trim()).ConfigureAwait(false);
            if (standing is not null)
            {
                // A stopped lift promised in 10 minutes, then someone heard inside: the class and who is told change, the
                // promise already standing is kept (it is as fast as the emergency's).
                faster = standing;
                await changes.EventAsync(ticket, Actor.Bot, TicketEventKinds.Upgraded, $"由{IntentCode.Label(from)}升级为{IntentCode.Label(intent)}（原时限不变）", faster).ConfigureAwait(false);
            }
            else
            {
                await CancelLiveClocksAsync(changes, ticket, clocks, Actor.Bot, "工单升级，原时限由新时限取代").ConfigureAwait(false);
                faster = await changes.SaveClockAsync(faster).ConfigureAwait(false);
                clocks.Add(faster);
                ticket = ticket with { Clocks = clocks };
                await changes.EventAsync(ticket, Actor.Bot, TicketEventKinds.Upgraded, $"由{IntentCode.Label(from)}升级为{IntentCode.Label(intent)}", faster).ConfigureAwait(false);
                await changes.EventAsync(ticket, Actor.Bot, TicketEventKinds.ClockStarted, StartedDetail(target, faster, now), faster).ConfigureAwait(false);
            }

            await changes.SaveTicketAsync(ticket).ConfigureAwait(false);

            var assignee = (ticket.Assignee is { } id ? Roster.FindById(id) : null) ?? AssigneeFor(ticket.Place);
            await changes.PingAsync(pings.Upgraded(ticket, faster, assignee, EscalationLevel.Assistant, from, now)).ConfigureAwait(false);
            if (supervisorAtOnce && assignee.Id != Roster.Supervisor.Id)
            {
                await changes.EventAsync(ticket, Actor.Bot, TicketEventKinds.ClockEscalated, $"即时通知客服主管{Roster.Supervisor.Name}", faster).ConfigureAwait(false);
                await changes.PingAsync(pings.Upgraded(ticket, faster, Roster.Supervisor, EscalationLevel.Supervisor, from, now)).ConfigureAwait(false);
            }

            return new OpenedTicket(ticket.Number, ticket.Intent, faster.Kind, faster.Target, faster.DueAt, faster.Provisional, assignee.Name, ticket.CreatedAt);
        }, cancellationToken);

    public Task<OpenedTicket?> DowngradeAsync(string number, OwnerIdentity owner, string intent, string words, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            if (await MovableAsync(changes, number, owner, intent).ConfigureAwait(false) is not var (ticket, target))
            {
                return null;
            }

            // The slower promise runs from when the owner reported, as it would have had the matter been told right at first.
            var slower = ClockRules.Start(ticket.Id, target.Clock, target.Duration, ticket.CreatedAt, policy);
            var clocks = ticket.Clocks.ToList();
            if (clocks.Any(c => c.Kind == slower.Kind))
            {
                return null;
            }

            var from = ticket.Intent;
            ticket = ticket with { Intent = intent, Description = Trim($"{ticket.Description}；{words.Trim()}") };
            await changes.EventAsync(ticket, Actor.Owner(owner.UserId), TicketEventKinds.Note, words.Trim()).ConfigureAwait(false);
            await CancelLiveClocksAsync(changes, ticket, clocks, Actor.Bot, "业主更正情况，原时限由新时限取代").ConfigureAwait(false);
            slower = await changes.SaveClockAsync(slower).ConfigureAwait(false);
            clocks.Add(slower);
            ticket = ticket with { Clocks = clocks };
            await changes.EventAsync(ticket, Actor.Bot, TicketEventKinds.Revised, $"业主更正情况，由{IntentCode.Label(from)}改为{IntentCode.Label(intent)}", slower).ConfigureAwait(false);
            await changes.EventAsync(ticket, Actor.Bot, TicketEventKinds.ClockStarted, StartedDetail(target, slower, ticket.CreatedAt), slower).ConfigureAwait(false);
            await changes.SaveTicketAsync(ticket).ConfigureAwait(false);

            var assignee = (ticket.Assignee is { } id ? Roster.FindById(id) : null) ?? AssigneeFor(ticket.Place);
            await changes.PingAsync(pings.Revised(ticket, slower, assignee, from, changes.Now)).ConfigureAwait(false);
            return new OpenedTicket(ticket.Number, ticket.Intent, slower.Kind, slower.Target, slower.DueAt, slower.Provisional, assignee.Name, ticket.CreatedAt);
        }, cancellationToken);

    /// <summary>The owner's own open ticket and the standard's target for <paramref name="intent"/>, when the ticket may move to that class.</summary>
    private async Task<(Ticket Ticket, SlaTarget Target)?> MovableAsync(TicketChanges changes, string number, OwnerIdentity owner, string intent)
    {
        var ticket = await changes.LoadByNumberAsync(number).ConfigureAwait(false);
        return ticket is null || !owner.Owns(ticket.Owner) || !ticket.State.IsOpen() || ticket.Intent == intent
            || !IntentCode.IsKnown(intent) || !IntentProfiles.For(intent).OpensTicket
            || policy.TargetFor(intent, ticket.Severity, false) is not { } target
            ? null
            : (ticket, target);
    }

    public Task<bool> CancelByOwnerAsync(string number, OwnerIdentity owner, string reason, CancellationToken cancellationToken) =>
        transactions.RunAsync(async changes =>
        {
            var ticket = await changes.LoadByNumberAsync(number).ConfigureAwait(false);
            if (ticket is null || !owner.Owns(ticket.Owner) || !TicketStates.CanMove(ticket.State, TicketState.Cancelled))
            {
                return false;
            }

            var clocks = ticket.Clocks.ToList();
            await CancelLiveClocksAsync(changes, ticket, clocks, Actor.Owner(owner.UserId), null).ConfigureAwait(false);
            ticket = ticket with { State = TicketState.Cancelled, Clocks = clocks };
            await changes.EventAsync(ticket, Actor.Owner(owner.UserId), TicketEventKinds.Cancelled, $"业主取消：{reason}").ConfigureAwait(false);
            await changes.SaveTicketAsync(ticket).ConfigureAwait(false);
            if (ticket.Assignee is { } assigneeId && Roster.FindById(assigneeId) is { } assignee)
            {
                await changes.PingAsync(pings.CancelledByOwner(ticket, assignee, reason, changes.Now)).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);

    /// <summary>The timeline's words for a clock started: the standard's target and the deadline ("calendar 10m，09:40前到场").</summary>
    private static string StartedDetail(SlaTarget target, TicketClock clock, DateTimeOffset now) =>
        $"{target.Clock} {target.Duration}，{ChineseTimeText.Clock(clock.DueAt, now)}前{TicketPings.Verb(clock.Kind)}{(clock.Provisional ? "（暂定：该年节假日数据缺失）" : "")}";

    /// <summary>Cancels every live clock in <paramref name="clocks"/> (in place), each with its timeline event.</summary>
    private static async Task CancelLiveClocksAsync(TicketChanges changes, Ticket ticket, List<TicketClock> clocks, Actor actor, string? detail)
    {
        for (var i = 0; i < clocks.Count; i++)
        {
            if (clocks[i].IsLive)
            {
                clocks[i] = await changes.SaveClockAsync(ClockRules.Cancel(clocks[i])).ConfigureAwait(false);
                await changes.EventAsync(ticket, actor, TicketEventKinds.ClockCancelled, detail, clocks[i]).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Read in the turn's transaction once the turn wrote: a ticket opened in this turn is among them.</summary>
    public async Task<IReadOnlyList<TicketSummary>> ForOwnerAsync(OwnerIdentity owner, int limit, CancellationToken cancellationToken)
    {
        var tickets = await database.ReadOwnAsync((connection, transaction) => TicketStore.QueryAsync(connection, transaction,
            $"{TicketStore.TicketSelect} WHERE owner_id = $owner AND channel IS $channel ORDER BY created_at DESC, id DESC LIMIT $limit", cancellationToken,
            ("$owner", owner.UserId), ("$channel", owner.Channel), ("$limit", limit)), cancellationToken).ConfigureAwait(false);
        return [.. tickets.Select(Summarize)];
    }

    /// <summary>
    /// An ordinary repair's deadline follows the visit time the owner moved (sla.md: due at the visit, capped); a simple
    /// repair's half day runs from the new visit when that is later than the standard deadline.
    /// </summary>
    internal async Task<Ticket> RebaseOnAppointmentAsync(TicketChanges changes, Ticket ticket, DateTimeOffset visit, Actor actor)
    {
        var clocks = ticket.Clocks.ToList();
        var index = clocks.FindIndex(c => c.Kind == ClockKind.Resolution && c.IsLive);
        if (index < 0)
        {
            return ticket;
        }

        TicketClock clock;
        string why;
        if (ticket.Intent == IntentCode.RepairGeneral)
        {
            (clock, why) = Appoint(clocks[index], ticket.CreatedAt, visit, changes.Now);
        }
        else if (ticket.Intent == IntentCode.RepairSimple)
        {
            // Moved to a later visit, the half day runs from it; moved back within the standard deadline, the standard holds.
            var standard = Standard(clocks[index], ticket.CreatedAt);
            (clock, why) = FromTheVisit(ticket.Intent, standard, visit, changes.Now)
                ?? (standard, $"上门时间改为{ChineseTimeText.Clock(visit, changes.Now)}，按标准时限{ChineseTimeText.Clock(standard.DueAt, changes.Now)}前{TicketPings.Verb(standard.Kind)}");
            if (clock.DueAt == clocks[index].DueAt)
            {
                return ticket;
            }

            clock = clock with { Id = clocks[index].Id };
        }
        else
        {
            return ticket;
        }

        clocks[index] = await changes.SaveClockAsync(clock).ConfigureAwait(false);
        ticket = ticket with { Clocks = clocks };
        await changes.EventAsync(ticket, actor, TicketEventKinds.ClockRebased, why, clock).ConfigureAwait(false);
        return ticket;
    }

    /// <summary>
    /// A simple repair (half a day) booked for a visit after its standard deadline: the half day runs from the visit, so
    /// nobody is reminded or escalated while the owner is not yet home. Null for other classes or an earlier visit.
    /// </summary>
    private (TicketClock Clock, string Why)? FromTheVisit(string intent, TicketClock standard, DateTimeOffset visit, DateTimeOffset now)
    {
        if (intent != IntentCode.RepairSimple || visit <= standard.DueAt)
        {
            return null;
        }

        var clock = ClockRules.Start(standard.TicketId, standard.Kind, standard.Target, visit, policy);
        return (clock, $"按业主约定的上门时间{ChineseTimeText.Clock(visit, now)}起计，{ChineseTimeText.Clock(clock.DueAt, now)}前{TicketPings.Verb(clock.Kind)}");
    }

    /// <summary>The clock as the standard sets it from the report, whatever a visit moved it to since.</summary>
    private TicketClock Standard(TicketClock clock, DateTimeOffset reported) =>
        ClockRules.Start(clock.TicketId, clock.Kind, clock.Target, reported, policy);

    /// <summary>The visit time becomes the deadline, capped at the repair.general target after the report.</summary>
    private (TicketClock Clock, string Why) Appoint(TicketClock clock, DateTimeOffset reported, DateTimeOffset visit, DateTimeOffset now)
    {
        if (visit <= now)
        {
            throw new TicketRuleException(TicketRuleKind.Invalid, "the visit time must be in the future");
        }

        var cap = policy.AppointmentCap(reported).Due;
        var due = visit < cap ? visit : cap;
        var why = visit <= cap
            ? $"按业主预约时间{ChineseTimeText.Clock(visit, now)}调整时限"
            : $"业主预约{ChineseTimeText.Clock(visit, now)}超过7个工作日上限，时限定为{ChineseTimeText.Clock(cap, now)}";
        return (ClockRules.Rebase(clock, due, policy), why);
    }

    private TicketSummary Summarize(Ticket ticket)
    {
        var clock = ticket.Clocks.FirstOrDefault(c => c.IsLive) ?? (ticket.Clocks.Count > 0 ? ticket.Clocks[0] : null);
        return new TicketSummary(ticket.Number, ticket.Intent, ticket.State.Label(), ticket.State.IsOpen(), ticket.Place, ticket.Description,
            StaffName(ticket.Assignee), clock?.DueAt, ticket.Clocks.Any(c => c.BreachedAt is not null), ticket.CreatedAt, ticket.UpdatedAt,
            ticket.AppointmentAt);
    }

    internal StaffMember AssigneeFor(TicketPlace place) =>
        place.Building is { } building ? Roster.AssistantFor(building) ?? Roster.Supervisor : Roster.Supervisor;

    private string StaffName(string? id) => id is null ? "" : Roster.FindById(id)?.Name ?? id;

    private static string Trim(string text) => text.Length > MaxDescription ? text[..MaxDescription] : text.Trim();
}
