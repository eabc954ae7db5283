using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Requests.Steps;
using ConciergeBot.Dialogs.Requests.Tickets;
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
    /// conversation opened a moment ago — has a visit booked, moves it and says so; false, and nothing sent, otherwise.
    /// </summary>
    private async Task<bool> TakeLateVisitTimeAsync(TurnContext turn, SlotReading slots, string number, CancellationToken cancellationToken)
    {
        if (!slots.ProposesTime || !SlotReader.MovesTheVisitIn(turn.NormalizedText) || slots.Phone is not null)
        {
            return false;
        }

        var owner = OwnerIdentity.Of(turn.Activity);
        var tickets = await services.Tickets.ForOwnerAsync(owner, 10, cancellationToken);
        if (tickets.FirstOrDefault(t => t.Number == number) is not { IsOpen: true, Appointment: { } booked }
            || NewVisit(slots, booked, turn.Now) is not { } visit || visit == booked
            || !await services.Tickets.AmendAsync(number, owner, null, visit, cancellationToken))
        {
            return false;
        }

        await turn.SendActivityAsync($"好的，工单 {number} 的上门时间已改为{ChineseTimeText.Clock(visit, turn.Now)}，会按新的时间安排。还有其他需要帮忙的吗？", cancellationToken);
        return true;
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
