using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Requests.Steps;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>A complaint about a charge on the bill: the rule first, and the complaint dropped when the owner will pay after all.</summary>
public sealed partial class RequestDialog
{
    private static bool DisputesACharge(RequestState state) =>
        state.Intent == IntentCode.ComplaintOther && ChargeDisputes.Disputes(state.NormalizedDescription);

    /// <summary>
    /// "行吧，那阵子我住院忘了。那我现在就交，在哪交方便" before a billing complaint is registered: it is withdrawn, and a
    /// question asked after the concession is answered. Null for any other message or request.
    /// </summary>
    private async Task<DialogTurnResult?> WithdrawDisputeAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        if (turn.State.TicketNumber is not null || !DisputesACharge(turn.State) || !ChargeDisputes.AgreesToPay(turn.Turn.NormalizedText))
        {
            return null;
        }

        await turn.SendAsync("好的，理解您的情况，这次就不登记投诉了。给您添麻烦了，感谢您的理解。", cancellationToken);
        var question = ChargeDisputes.LastSentence(turn.Turn.NormalizedText);
        if (turn.Slots.IsQuestion && question.Length > 0)
        {
            await _followUps.AnswerOnlyAsync(turn, question, cancellationToken);
        }

        turn.State.Queued.Clear();
        return await EndAsync(dc, turn, cancellationToken);
    }
}
