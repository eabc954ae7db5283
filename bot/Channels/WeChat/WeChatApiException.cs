namespace ConciergeBot.Channels.WeChat;

/// <summary>The WeChat API answered with a non-zero errcode (or not at all).</summary>
internal sealed class WeChatApiException(string message, int errorCode = -1, Exception? inner = null) : Exception(message, inner)
{
    public int ErrorCode { get; } = errorCode;
}
