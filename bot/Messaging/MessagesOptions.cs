namespace ConciergeBot.Messaging;

/// <summary>
/// <c>Messages</c>: who may post to <c>/api/messages</c> and where replies to it may go. Our own channels (Direct Line,
/// the web page, WeChat, the <c>chat</c> command) reach the turn pipeline in-process and are not governed by this.
/// </summary>
internal sealed class MessagesOptions
{
    public const string Section = "Messages";

    /// <summary>
    /// Lets a caller on the loopback address through without credentials (a developer's curl). Unset, it is on only
    /// in the Development environment (and <c>dotnet run --project bot</c>'s launch profile sets it). Never turn it on
    /// behind a reverse proxy on the same machine: every caller would then look like loopback.
    /// </summary>
    public bool? AllowLoopbackWithoutAuth { get; set; }

    /// <summary>The bot's app id: the audience a channel's JWT must be issued for.</summary>
    public string AppId { get; set; } = "";

    /// <summary>Bearer JWTs (the Bot Framework scheme): the issuers and keys trusted.</summary>
    public JwtOptions Jwt { get; set; } = new();

    /// <summary>
    /// Shared secrets of trusted in-house channels, by channel id (<c>Messages:Secrets:frontdesk=...</c>, at least 32
    /// characters): <c>Authorization: Bearer &lt;secret&gt;</c> authenticates that channel and only that channel.
    /// </summary>
    public Dictionary<string, string> Secrets { get; set; } = [];

    /// <summary>
    /// Where replies and proactive messages may be POSTed, by channel id (<c>*</c> for every channel): base URLs such
    /// as <c>https://smba.trafficmanager.net/</c> (scheme, host and port must match; a path is a prefix; a host may
    /// start with <c>*.</c>). Nothing is allowed by default, loopback included.
    /// </summary>
    public Dictionary<string, string[]> AllowedServiceUrls { get; set; } = [];

    internal sealed class JwtOptions
    {
        /// <summary>Accepted <c>iss</c> values (e.g. <c>https://api.botframework.com</c>).</summary>
        public string[] Issuers { get; set; } = [];

        /// <summary>An HMAC key (at least 32 characters) a self-hosted channel signs its tokens with (HS256).</summary>
        public string SigningKey { get; set; } = "";

        /// <summary>A JSON Web Key Set file with the issuers' public keys (RS256/ES256), read at start.</summary>
        public string JwksPath { get; set; } = "";

        /// <summary>How far the clocks of the issuer and the bot may disagree (the Bot Framework allows 5 minutes).</summary>
        public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

        public bool IsConfigured => SigningKey.Length > 0 || JwksPath.Length > 0;
    }
}
