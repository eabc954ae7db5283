using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Store;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// Hands the conversation to a person for real: a ticket opens (the building's assistant is pinged, the
/// 30-minute reply clock runs and escalates like any other) and the owner is told its number and by when.
/// </summary>
public sealed class TicketHandoff(ITicketDesk tickets, KnowledgeStore knowledge) : IHumanHandoff
{
    public async Task HandOffAsync(TurnContext turn, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var words = turn.Activity.Text?.Trim();
        var place = PlaceReader.HomeOf(turn.User) ?? TicketPlace.Unknown;
        var description = string.IsNullOrEmpty(words) ? "业主请求人工服务" : $"业主请求人工服务：{words}";
        var opened = await tickets.OpenAsync(
            new TicketDraft(IntentCode.InquiryGeneral, null, RequestWords.OwnerOf(turn), place, description), cancellationToken);
        turn.Conversation.HandOver = new HandOverTicket(opened.Number, turn.Now);
        var by = opened.Due is { } due ? ChinaTime.ToLocal(due) : ChinaTime.ToLocal(turn.Now + Promises.HumanReply);
        await turn.SendActivityAsync(
            $"{(turn.User.Surname is null ? "" : turn.User.Address + "，")}非常抱歉没能直接帮到您。已为您转接人工客服（工单号 {opened.Number}），" +
            $"礼宾助理将在30分钟内（{by:HH:mm}前）联系您；如情况紧急，请直接拨打24小时服务热线 {knowledge.Current.Register.Profile.ServiceCentre.Hotline}。谢谢您的理解。",
            cancellationToken);
    }
}
