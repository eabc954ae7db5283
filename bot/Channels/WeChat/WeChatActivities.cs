using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Channels.WeChat;

/// <summary>Translates between WeChat pushes and Bot Framework activities (one conversation per follower's OpenID).</summary>
internal static class WeChatActivities
{
    public const string ChannelId = "wechat";

    /// <summary>What a new follower reads when the bot's own greeting did not come through.</summary>
    public static string Welcome(EstateProfile estate) =>
        $"感谢您关注{estate.Name}！{estate.Greeting}紧急情况也可以拨打24小时服务热线 {estate.ServiceCentre.Hotline}。";

    /// <summary>The answer to a push whose turn failed.</summary>
    public static string Busy(EstateProfile estate) =>
        $"抱歉，系统有点忙，您的消息我们没能及时处理。请稍后再发送一次；紧急情况请拨打24小时服务热线 {estate.ServiceCentre.Hotline}。";

    public const string Unsupported = "您好，目前我只能看懂文字和语音消息。请用文字描述一下您的需要，我们立即为您处理。";

    /// <summary>The activity for a push, or null when the push needs no turn (unsubscribe, location reports, ...).</summary>
    public static Activity? ToActivity(WeChatMessage message)
    {
        var user = new ChannelAccount(message.FromUserName, Role: "user");
        var activity = new Activity
        {
            Id = message.DedupKey,
            ChannelId = ChannelId,
            From = user,
            Recipient = new ChannelAccount(message.ToUserName, Role: "bot"),
            Conversation = new ConversationAccount(message.FromUserName),
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(message.CreateTime),
            Locale = "zh-CN",
        };

        switch (message.MsgType.ToLowerInvariant())
        {
            case "text":
                activity.Type = ActivityTypes.Message;
                activity.Text = message.Content ?? "";
                return activity;
            case "voice" when message.Recognition is { Length: > 0 } recognised:
                activity.Type = ActivityTypes.Message;
                activity.Text = recognised;
                return activity;
            case "image" when message.PicUrl is { Length: > 0 } picture:
                activity.Type = ActivityTypes.Message;
                activity.Attachments = [new Attachment("image/jpeg", picture)];
                return activity;
            case "event" when string.Equals(message.Event, "subscribe", StringComparison.OrdinalIgnoreCase):
                activity.Type = ActivityTypes.ConversationUpdate;
                activity.MembersAdded = [user];
                return activity;
            case "event" when string.Equals(message.Event, "CLICK", StringComparison.OrdinalIgnoreCase) && message.EventKey is { Length: > 0 } key:
                // Menu buttons send their key as if the follower had typed it.
                activity.Type = ActivityTypes.Message;
                activity.Text = key;
                return activity;
            default:
                return null;
        }
    }

    /// <summary>
    /// One text for the replies of a turn: a passive reply carries a single message, so the bot's messages are joined
    /// and suggested actions become "reply with ..." hints. Null when the bot said nothing.
    /// </summary>
    public static string? ToText(IEnumerable<Activity> replies)
    {
        var parts = new List<string>();
        foreach (var reply in replies.Where(r => r.IsMessage))
        {
            var text = reply.Text?.Trim() ?? "";
            if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
            {
                var hints = string.Join("、", actions.Select(a => $"「{a.Value ?? a.Title}」"));
                text = text.Length > 0 ? $"{text}\n您可以回复：{hints}" : $"您可以回复：{hints}";
            }

            if (text.Length > 0)
            {
                parts.Add(text);
            }
        }

        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }
}
