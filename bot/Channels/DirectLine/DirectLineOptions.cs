namespace ConciergeBot.Channels.DirectLine;

/// <summary>Direct Line 3.0 settings (appsettings section <c>DirectLine</c>).</summary>
internal sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// HMAC-SHA256 key for our tokens and the web chat's cookie (at least 32 characters); give every node the same one.
    /// Empty: Data Protection with its key ring in the data directory, created once, so tokens survive a restart too.
    /// </summary>
    public string TokenSigningKey { get; set; } = "";

    /// <summary>The Direct Line secret trusted back ends use for <c>/tokens/generate</c>; never put it in a page. Empty disables secret use.</summary>
    public string Secret { get; set; } = "";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often an idle WebSocket stream gets an empty keep-alive frame.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest activity body accepted on <c>POST .../activities</c>.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}
