namespace ConciergeBot.Messaging;

/// <summary>
/// Who is posting to <c>/api/messages</c>, once authenticated: the channel a shared secret stands for, the
/// serviceUrl a channel token vouches for (Bot Framework's <c>serviceurl</c> claim), or neither (a loopback caller
/// in development, a token without those claims).
/// </summary>
internal sealed record ChannelCaller(string Scheme, string? ChannelId = null, string? ServiceUrl = null)
{
    /// <summary>The scheme of a loopback caller let in without credentials (development).</summary>
    public const string LoopbackScheme = "loopback";
}

/// <summary>The outcome of <see cref="ChannelAuthenticator"/>: a caller, or why there is none.</summary>
internal sealed record ChannelAuthentication(ChannelCaller? Caller, string? Error = null, string? Reason = null)
{
    public static ChannelAuthentication Refused(string error, string reason) => new(null, error, reason);
}
