using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Requests.Steps;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Calendar;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// "我爸说3点可能回不来，改成4点吧" after the request ended (a status question in between): the visit booked on the ticket
/// this conversation opened moves to the new time.
/// </summary>
public sealed partial class RequestDialog
{
    /// <summary>
    /// When the message moves the visit ("改成4点吧", "能改到后天上午吗") and <paramref name="number"/> — a ticket this
    /// conversation opened a moment ago — or the latest ticket with a visit opened just before it has a visit booked,
    /// moves it and says so; false, and nothing sent, otherwise. With <paramref name="firstVisit"/> (after the request
    /// ended), an urgent ticket with no visit yet gets the one said.
    /// </summary>
    private async Task<bool> TakeLateVisitTimeAsync(TurnContext turn, SlotReading slots, string number, CancellationToken cancellationToken, bool offerMore = true, bool firstVisit = false)
    {
        if (!slots.ProposesTime || !SlotReader.MovesTheVisitIn(turn.NormalizedText) || slots.Phone is not null)
        {
            return false;
        }

        var owner = OwnerIdentity.Of(turn.Activity);
        var tickets = await services.Tickets.ForOwnerAsync(owner, 10, cancellationToken);
        var ticket = WithAVisit(tickets, number, turn.Now) ?? (firstVisit ? UrgentWithNoVisit(tickets, number) : null);
        if (ticket is null
            || (ticket.Appointment is { } booked ? NewVisit(slots, booked, turn.Now) : FirstVisit(slots, turn.Now)) is not { } visit
            || visit == ticket.Appointment
            || !await services.Tickets.AmendAsync(ticket.Number, owner, null, visit, cancellationToken))
        {
            return false;
        }

        var more = offerMore ? "还有其他需要帮忙的吗？" : "";
        await turn.SendActivityAsync($"好的，工单 {ticket.Number} 的上门时间已改为{ChineseTimeText.Clock(visit, turn.Now)}，会按新的时间安排。{more}", cancellationToken);
        return true;
    }

    /// <summary>
    /// "修门改成下午3点吧" while the second request of the message is being gathered (a corridor light, asked where): the visit
    /// of the ticket just opened for the first moves — never this request's place or description. The question asked is
    /// asked again.
    /// </summary>
    private async Task<DialogTurnResult?> MoveEarlierVisitAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        if (!state.FromQueue || state.TicketNumber is not null || state.Asking is null or WhenStep.StepName
            || dc.Turn.Conversation.LastTicket is not { } earlier
            || !await TakeLateVisitTimeAsync(dc.Turn, turn.Slots, earlier, cancellationToken, offerMore: false))
        {
            return null;
        }

        return await AskNextAsync(dc, turn, progressed: true, cancellationToken, lead: "这件事还需要您告诉我：");
    }

    /// <summary>
    /// The open ticket whose visit moves: <paramref name="number"/> when it has one booked; otherwise the latest ticket with a
    /// visit opened in the last half hour ("修门改成下午3点吧" after the door visit was booked and a corridor light, with no
    /// visit, was filed next).
    /// </summary>
    private static TicketSummary? WithAVisit(IReadOnlyList<TicketSummary> tickets, string number, DateTimeOffset now) =>
        tickets.FirstOrDefault(t => t.Number == number) is { IsOpen: true, Appointment: not null } named ? named
        : tickets.Where(t => t is { IsOpen: true, Appointment: not null } && now - t.CreatedAt <= RecentVisitWindow).MaxBy(t => t.CreatedAt);

    private static readonly TimeSpan RecentVisitWindow = TimeSpan.FromMinutes(30);

    /// <summary>
    /// "can they come at 8 tonight instead?" about the urgent repair just opened, which books no time of its own: the
    /// ticket <paramref name="number"/> when it is open with no visit yet and its kind keeps no appointment.
    /// </summary>
    private static TicketSummary? UrgentWithNoVisit(IReadOnlyList<TicketSummary> tickets, string number) =>
        tickets.FirstOrDefault(t => t.Number == number) is { IsOpen: true, Appointment: null } named && !IntentProfiles.For(named.Intent).AsksTime ? named : null;

    /// <summary>The first visit time said for a ticket with none: a full time, or a clock today (the afternoon rule applies).</summary>
    private static DateTimeOffset? FirstVisit(SlotReading slots, DateTimeOffset now)
    {
        DateTimeOffset? visit = slots switch
        {
            { Time: { } at } => at,
            { ClockOnly: { } clock, Day: null } => ChinaTime.At(ChinaTime.DateOf(now), SlotFiller.ClockMeant(clock, slots, null)),
            _ => null,
        };
        return visit > now ? visit : null;
    }

    /// <summary>The new time: a full one as said, a day keeping the hour booked, an hour keeping the day (and the half of the day) booked.</summary>
    private static DateTimeOffset? NewVisit(SlotReading slots, DateTimeOffset booked, DateTimeOffset now)
    {
        var local = ChinaTime.ToLocal(booked);
        DateTimeOffset? visit = slots switch
        {
            { Time: { } at } => at,
            { Day: { } day } => ChinaTime.At(day, TimeOnly.FromDateTime(local.DateTime)),
            { ClockOnly: { } clock } => ChinaTime.At(DateOnly.FromDateTime(local.DateTime), SlotFiller.ClockMeant(clock, slots, booked)),
            _ => null,
        };
        return visit > now ? visit : null;
    }
}
