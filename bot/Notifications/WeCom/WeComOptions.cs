namespace ConciergeBot.Notifications.WeCom;

/// <summary><c>Notifications:WeCom</c>: the WeCom (企业微信) group robot; disabled while <see cref="WebhookUrl"/> is empty.</summary>
internal sealed class WeComOptions
{
    public const string Section = "Notifications:WeCom";

    /// <summary>The robot's URL, <c>https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY</c>.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary><c>text</c> (@mentions the recipient by mobile) or <c>markdown</c> (bold header, no @mention by mobile).</summary>
    public string Format { get; set; } = "text";

    /// <summary>WeCom accepts at most 20 messages a minute per robot.</summary>
    public int MessagesPerMinute { get; set; } = 20;

    /// <summary>How long a ping waits for a free slot before the outbox retries it later.</summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromSeconds(8);
}
