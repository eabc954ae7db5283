namespace ConciergeBot.Channels.WeChat;

/// <summary>The Official Account's server settings (appsettings section <c>WeChat</c>).</summary>
internal sealed class WeChatOptions
{
    public const string Section = "WeChat";

    /// <summary>The Token entered in the account's server settings; the endpoint answers 404 while it is empty.</summary>
    public string Token { get; set; } = "";

    public string AppId { get; set; } = "";

    /// <summary>43 characters; required for safe mode (<c>encrypt_type=aes</c>).</summary>
    public string EncodingAesKey { get; set; } = "";

    public string AppSecret { get; set; } = "";

    /// <summary>The WeChat API host; tests point it at a local fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.weixin.qq.com/");

    /// <summary>How long a push waits for the turn before answering <c>success</c> and replying via the customer-service API (WeChat gives up at 5 s).</summary>
    public TimeSpan PassiveReplyTimeout { get; set; } = TimeSpan.FromSeconds(4.5);

    /// <summary>
    /// The template message sent instead when the customer-service API refuses a message because the follower last wrote
    /// more than 48 hours ago (errcode 45015). A template from the account's library with the fields <c>first</c>,
    /// <c>keyword1</c> (the message) and <c>remark</c>; empty = no fallback, the delivery fails visibly in the outbox.
    /// </summary>
    public string ServiceTemplateId { get; set; } = "";

    /// <summary>Pushes larger than this are refused (WeChat's own pushes are a few KB).</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    public bool Enabled => Token.Length > 0;

    public bool SafeModeConfigured => EncodingAesKey.Length > 0 && AppId.Length > 0;
}
