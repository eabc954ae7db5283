using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Acts;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// "先别派人，我儿子说他会修" and then "算了，还是派人来吧" after the request ended: the ticket this conversation opened is
/// held, then sent after all — it stays live, and its notes tell the staff which.
/// </summary>
public sealed partial class RequestDialog
{
    /// <summary>
    /// When the message holds the visit or sends it after all, notes it on <paramref name="number"/> (a ticket this
    /// conversation opened a moment ago) and says so; false, and nothing sent, for any other message.
    /// </summary>
    private async Task<bool> TakeLateHoldOrSendAsync(TurnContext turn, DialogAct act, string number, CancellationToken cancellationToken)
    {
        var goesAhead = SendsAfterAll(turn.NormalizedText, act);
        if (!goesAhead && !RequestWords.HoldsTheVisit(turn.NormalizedText)
            || !await services.Tickets.AddDetailsAsync(number, OwnerIdentity.Of(turn.Activity), null, turn.Activity.Text?.Trim(), cancellationToken))
        {
            return false;
        }

        await turn.SendActivityAsync(goesAhead ? GoesAheadReply(null) : HeldReply(number), cancellationToken);
        return true;
    }

    /// <summary>"算了还是派吧" after a hold, "还是得麻烦你们来一趟": someone is to come after all — no cancel.</summary>
    public static bool SendsAfterAll(string normalized, DialogAct act) =>
        RequestWords.SendsAfterAll(normalized) || (act == DialogAct.Cancel && RequestWords.Reinstates(normalized));

    private static string GoesAheadReply(string? promise) =>
        $"好的，已通知工作人员照常尽快过来。{(promise is null ? "" : $"{promise}。")}还有其他需要帮忙的吗？";

    private static string HeldReply(string number) =>
        $"好的，已转告工作人员先等您的消息，工单 {number} 保留着；需要时直接告诉我“派人”，我们马上安排。";
}
