namespace ConciergeBot.Channels.WeChat;

/// <summary>A push body that is not the XML WeChat sends (malformed, a DTD, missing fields).</summary>
internal sealed class WeChatXmlException(string message, Exception? inner = null) : Exception(message, inner);
