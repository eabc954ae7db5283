using System.Text.Json;
using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>Small readings the request dialogs share: a message that says nothing about the problem, a serious staff complaint, the ticket's owner.</summary>
public static partial class RequestWords
{
    /// <summary>True for words that say nothing about the problem (a bare "我要报修" or a button label).</summary>
    public static bool IsVague(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bare = Punctuation().Replace(text, "");
        return bare.Length < 4 || IntentCode.All.Any(code => IntentCode.Label(code) == bare) || GenericAsk().IsMatch(bare);
    }

    /// <summary>Abuse, violence, threats or repeated conduct: a serious staff complaint (2 days, the supervisor at once).</summary>
    public static bool IsSeriousStaffComplaint(string text) => Serious().IsMatch(text ?? "");

    /// <summary>Words that call off a ticket already opened ("取消", "刚才那个车帮我取消吧", "不用来了").</summary>
    public static bool CancelsTicket(string normalized) => CancelTicket().IsMatch(normalized ?? "");

    /// <summary>Who is writing, and how to reach them again on this channel.</summary>
    public static TicketOwner OwnerOf(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new TicketOwner(
            turn.Activity.From?.Id ?? "anonymous",
            turn.User.Surname is null ? turn.Activity.From?.Name : turn.User.Address,
            turn.User.ContactPhone,
            turn.Activity.ChannelId,
            JsonSerializer.Serialize(turn.Activity.GetConversationReference(), ActivityJson.Options));
    }

    [GeneratedRegex("取消|撤销|撤回|撤了|撤掉|撤单|不用弄了|不用来了|不用过来了|别来了|不要来了|不用上门了|不修了|不用修了|不用订了|不用叫了|cancel", RegexOptions.IgnoreCase)]
    private static partial Regex CancelTicket();

    [GeneratedRegex(@"[\s\p{P}\p{S}]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"^(我要|我想|想要|帮我|我需要|需要)?(报修|维修|投诉|反映|咨询|预约|服务|礼宾服务|修东西|找物业)(一下)?$")]
    private static partial Regex GenericAsk();

    [GeneratedRegex("打人|动手|推我|推了我|骂|辱骂|威胁|恐吓|多次|好几次|一直这样|屡次|暴力|踢")]
    private static partial Regex Serious();
}
