using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Requests.Steps;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// "算了，门把手那个我自己修好了，不用来了" while the street lamp filed after it is restated, asked about or already open: the
/// call-off names an earlier ticket's matter and not this request's — that ticket is cancelled, and this request goes on.
/// </summary>
public sealed partial class RequestDialog
{
    private async Task<DialogTurnResult?> CancelEarlierNamedAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        var written = dc.Turn.Activity.Text?.Trim() ?? "";
        if (SameMatter.Shares(dc.Turn.NormalizedText, turn.State.NormalizedDescription))
        {
            return null;
        }

        var owner = UserId(turn);
        var others = (await services.Tickets.ForOwnerAsync(owner, 10, cancellationToken)).Where(t => t.Number != turn.State.TicketNumber);
        if (NamedTicket.Among(others, dc.Turn.NormalizedText, written, dc.Turn.Now) is not { } named
            || !await services.Tickets.CancelByOwnerAsync(named.Number, owner, written, cancellationToken))
        {
            return null;
        }

        if (dc.Turn.Conversation.LastTicket == named.Number)
        {
            dc.Turn.Conversation.LastTicket = null;
        }

        var cancelled = NamedTicket.Cancelled(named, written);
        if (turn.State.TicketNumber is { } current)
        {
            await turn.SendAsync($"{cancelled}工单 {current}（{IntentCode.Label(turn.State.Intent)}）照常处理。请问还有其他需要帮忙的吗？", cancellationToken);
            return Save(dc, turn);
        }

        return await AskNextAsync(dc, turn, progressed: true, cancellationToken, lead: $"{cancelled}刚才这件事（{IntentCode.Label(turn.State.Intent)}）还在为您办理：");
    }
}
