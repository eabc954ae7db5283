namespace ConciergeBot.Channels.WeChat;

/// <summary>A safe-mode payload that does not decrypt, unpad or belong to our AppId.</summary>
internal sealed class WeChatCryptoException(string message, Exception? inner = null) : Exception(message, inner);
