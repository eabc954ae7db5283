using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Root;

/// <summary>The root dialog's own words: greeting, help, cancel, and the suggested first actions.</summary>
public static class BotReplies
{
    public static readonly IReadOnlyList<string> Starters = ["我要报修", "我要投诉", "物业费怎么算", "查询工单进度", "转人工"];

    public static string Greeting(UserProfile user) =>
        $"{(user.Surname is null ? "您好" : user.Address + "您好")}！我是翠湖苑的智能管家。报修、投诉、咨询物业费和小区规定、预约礼宾服务，都可以直接告诉我；" +
        "紧急情况（漏水、停电、燃气味、有人被困）请直接说，我会立即安排。请问有什么可以帮您？";

    public const string Help =
        "我可以帮您：\n1. 报修（家里或公共区域，例如“卫生间漏水”“楼道灯坏了”）；\n2. 投诉（邻居噪音、服务问题等）；\n" +
        "3. 咨询物业费、停车费、装修和搬家等规定；\n4. 预约礼宾服务（订餐、叫车、约保洁）；\n5. 查询工单进度。\n" +
        "直接用一句话描述您的需要即可；随时说“取消”可结束当前办理，说“转人工”由礼宾助理为您服务。";

    public const string Cancelled = "好的，已为您取消当前办理。请问还有其他需要帮忙的吗？";

    public const string NothingToCancel = "好的。请问还有其他需要帮忙的吗？";

    public const string Restarted = "抱歉，服务刚刚升级，之前未完成的办理已结束，给您添麻烦了。请您再告诉我一次需求，我们立即为您处理。";

    public const string EmptyMessage = "您好，请问有什么可以帮您？您可以直接用文字描述需求。";

    public const string AttachmentOnly = "收到您发来的图片/文件，谢谢。请再用一句话描述一下情况和位置（例如“3栋1202卫生间漏水”），我们立即为您处理。";

    public const string Thanks = "不客气，这是我们应该做的。请问还有其他需要帮忙的吗？";

    public const string Goodbye = "好的，感谢您的支持与配合！有需要随时找我，祝您生活愉快。";

    public const string OutOfDomain =
        "不好意思，这个问题我可能帮不上忙。我是小区的智能管家，可以帮您报修、投诉、咨询物业费和小区规定、预约礼宾服务、查询工单进度。请问有什么小区里的事需要帮忙吗？";

    public const string SafetyCheck =
        "想跟您确认一下：现在是否有人受伤或处于危险之中？如需紧急帮助，请点“紧急求助”，我们立即派人到场；如只是了解相关知识，请点“小区事务咨询”。";
}
