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

    /// <summary>WeChat retries an unanswered push 3 times: messages repeat their MsgId, events their sender + time.</summary>
    public string DedupKey => MsgId is { Length: > 0 } id ? $"msg:{id}" : $"evt:{FromUserName}:{CreateTime}:{Event}";
}
