using ConciergeBot.Dialogs.Requests.Steps;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Knowledge.Calendar;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// "门把手那个师傅明天几点到？" or "师傅明天大概几点到" asked once a second ticket (a street lamp) is open: the question is about
/// the earlier ticket it names by its matter, or the one whose visit falls on the day it names — answered from that ticket.
/// </summary>
public sealed partial class RequestFollowUps
{
    private async Task<TicketSummary?> EarlierTicketAskedAfterAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Turn.NormalizedText;
        if (turn.State.TicketNumber is not { } current || SameMatter.Shares(text, turn.State.NormalizedDescription))
        {
            return null;
        }

        var others = NamedTicket.OpenAndRecent(await services.Tickets.ForOwnerAsync(OwnerIdentity.Of(turn.Turn.Activity), 10, cancellationToken), turn.Now)
            .Where(t => t.Number != current)
            .ToList();
        if (NamedTicket.Among(others, text, turn.Turn.Activity.Text ?? "", turn.Now) is { } named)
        {
            return named;
        }

        // The day asked about is another ticket's visit day and not this request's.
        if (turn.Slots.Day is not { } day || (turn.State.VisitAt is { } own && ChinaTime.DateOf(own) == day))
        {
            return null;
        }

        var onThatDay = others.Where(t => t.Appointment is { } visit && ChinaTime.DateOf(visit) == day).ToList();
        return onThatDay.Count == 1 ? onThatDay[0] : null;
    }

    private static string AboutEarlier(TicketSummary ticket, RequestTurn turn)
    {
        var named = $"工单 {ticket.Number}（{NamedTicket.Matter(ticket, turn.Turn.NormalizedText)}）";
        return ticket.Appointment is { } visit && visit > turn.Now
            ? $"{named}的师傅会按您约的时间（{ChineseTimeText.Clock(visit, turn.Now)}）上门，请您保持电话畅通。"
            : ticket.Due is { } due
                ? $"{named}已派出，按服务标准，{Promises.Standard(ticket.Intent, due, turn.Now)}，请您稍候，保持电话畅通。"
                : $"{named}正在处理中，工作人员会尽快与您联系。";
    }
}
