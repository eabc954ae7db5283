using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Root;

/// <summary>
/// The root dialog's own words: greeting, help, cancel, the apology for a failed turn, and the suggested first
/// actions. What names the estate (its greeting, the hotline) comes from the estate's data.
/// </summary>
public static class BotReplies
{
    public static readonly IReadOnlyList<string> Starters = ["我要报修", "我要投诉", "物业费怎么算", "查询工单进度", "转人工"];

    public static string Greeting(UserProfile user, EstateProfile estate)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(estate);
        return $"{(user.Surname is null ? "您好" : user.Address + "您好")}！{estate.Greeting}";
    }

    public static string Apology(string hotline) =>
        $"非常抱歉，刚才系统出了点小问题，给您添麻烦了。请您再说一遍需求，我们立即为您处理；紧急情况请拨打24小时服务热线 {hotline}。";

    /// <summary>A user over the turn limit (Limits:Turns), told once: how long to wait, and the hotline for anything urgent.</summary>
    public static string TooManyMessages(string hotline, TimeSpan wait) =>
        $"您的消息发得有点快，请稍等{ChineseTimeText.Length(wait)}后再发，我们会继续为您服务。如有紧急情况，请直接拨打24小时服务热线 {hotline}。";

    /// <summary>An owner over the ticket-opening limit (Limits:Tickets, TicketsPerDay): nothing was registered.</summary>
    public static string TooManyTickets(string hotline, TimeSpan wait) =>
        $"抱歉，您短时间内提交的事项较多，这一项暂时无法在线登记，请{ChineseTimeText.Length(wait)}后再试。" +
        $"如情况紧急，请直接拨打24小时服务热线 {hotline}，我们会立即为您处理。";

    public const string Help =
        "我可以帮您：\n1. 报修（家里或公共区域，例如“卫生间漏水”“楼道灯坏了”）；\n2. 投诉（邻居噪音、服务问题等）；\n" +
        "3. 咨询物业费、停车费、装修和搬家等规定；\n4. 预约礼宾服务（订餐、叫车、约保洁）；\n5. 查询工单进度。\n" +
        "直接用一句话描述您的需要即可；随时说“取消”可结束当前办理，说“转人工”由礼宾助理为您服务。";

    public const string Cancelled = "好的，已为您取消当前办理。请问还有其他需要帮忙的吗？";

    public const string AlreadyCancelled = "好的，已经为您取消了，不会有人再上门。请问还有其他需要帮忙的吗？";

    public const string NothingToCancel = "好的。请问还有其他需要帮忙的吗？";

    public const string Restarted = "抱歉，服务刚刚升级，之前未完成的办理已结束，给您添麻烦了。请您再告诉我一次需求，我们立即为您处理。";

    public const string EmptyMessage = "您好，请问有什么可以帮您？您可以直接用文字描述需求。";

    /// <summary>"3栋1单元802，尾号5575" from an owner already bound to that flat: greeted, and asked what they need.</summary>
    public static string AlreadyBound(string address, string flat) => $"{address}，您已绑定{flat}，无需再次验证。请问有什么可以帮您？";

    /// <summary>The owner said which flat is theirs before saying what they need: greeted as its owner (or resident).</summary>
    public static string Introduced(string flat, bool tenant, bool forTheHousehold = false) =>
        $"{(forTheHousehold ? $"您好！记下了：{flat}。" : $"{flat}的{(tenant ? "住户" : "业主")}您好！")}请问有什么可以帮您？报修、投诉、咨询费用或预约礼宾服务，直接告诉我就行。";

    /// <summary>A picture or a file with no words: thanked, and asked for the matter and the place in a sentence.</summary>
    /// <param name="example">A flat of the estate, to show how a place is written.</param>
    public static string AttachmentOnly(RoomInfo example)
    {
        ArgumentNullException.ThrowIfNull(example);
        return $"收到您发来的图片/文件，谢谢。请再用一句话描述一下情况和位置（例如“{example.DisplayName}卫生间漏水”），我们立即为您处理。";
    }

    public const string Thanks = "不客气，这是我们应该做的。请问还有其他需要帮忙的吗？";

    /// <summary>Thanks for help in the past: received, passed on to the staff who helped, and the door left open.</summary>
    public const string ThanksForPastHelp = "谢谢您的肯定和鼓励！我们会把您的感谢转达给上门的师傅和同事。以后有任何需要，随时在这里告诉我。";

    public const string Goodbye = "好的，感谢您的支持与配合！有需要随时找我，祝您生活愉快。";

    public const string OutOfDomain =
        "不好意思，这个问题我可能帮不上忙。我是小区的智能管家，可以帮您报修、投诉、咨询物业费和小区规定、预约礼宾服务、查询工单进度。请问有什么小区里的事需要帮忙吗？";

    /// <summary>The answer again for an owner learning it in advance, with what to do if it ever does happen.</summary>
    public static string LearningInAdvance(string answer) =>
        $"明白了，提前了解一下很有必要。再跟您说一遍要点：{answer}\n真遇到时直接在这里说一声或拨打24小时服务热线，我们会马上安排。还有其他需要帮忙的吗？";

    public const string SafetyCheck =
        "想跟您确认一下：现在是否有人受伤或处于危险之中？需要紧急帮助请回复“是”或点“紧急求助”，我们立即派人到场；只是了解相关知识请回复“不是”。";
}
