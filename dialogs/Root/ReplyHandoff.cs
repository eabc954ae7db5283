using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Root;

/// <summary>The basic hand-off: tells the owner the assistant will reply within 30 minutes (the service standard).</summary>
public sealed class ReplyHandoff : IHumanHandoff
{
    public static readonly TimeSpan Promise = TimeSpan.FromMinutes(30);

    public Task HandOffAsync(TurnContext turn, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var by = ShanghaiTime.ToLocal(turn.Now + Promise);
        return turn.SendActivityAsync(
            $"{(turn.User.Surname is null ? "" : turn.User.Address + "，")}非常抱歉没能直接帮到您。已为您转接人工客服，礼宾助理将在30分钟内（{by:HH:mm}前）联系您；" +
            "如情况紧急，请直接拨打24小时服务热线 0755-2688 6600。谢谢您的理解。",
            cancellationToken);
    }
}
