namespace ConciergeBot.Channels.WeChat;

/// <summary>One push from the WeChat server (plain mode, or safe mode after decryption).</summary>
internal sealed record WeChatMessage(
    string ToUserName,
    string FromUserName,
    long CreateTime,
    string MsgType,
    string? Content,
    string? MsgId,
    string? Event,
    string? EventKey,
    string? PicUrl = null,
    string? Recognition = null)
{
    public bool IsEvent => string.Equals(MsgType, "event", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// WeChat retries an unanswered push 3 times: messages repeat their MsgId, events their sender + time. A MsgId is
    /// the follower's, so the key is (sender, MsgId): another follower's push with the same MsgId is a push of its own,
    /// never an answer to replay.
    /// </summary>
    public string DedupKey => MsgId is { Length: > 0 } id ? $"msg:{FromUserName}:{id}" : $"evt:{FromUserName}:{CreateTime}:{Event}";

    /// <summary>The length of the longest text the push carries (a turn reads Content, a voice's Recognition or a menu's EventKey).</summary>
    public int LongestText => Math.Max(Content?.Length ?? 0, Math.Max(Recognition?.Length ?? 0, EventKey?.Length ?? 0));
}
