namespace ConciergeBot.Limits;

/// <summary>
/// The <c>Limits</c> section: every limit on hostile or runaway traffic in one place. A channel user is the pair
/// (channel id, user id); an address is the caller's IP as Kestrel sees it (behind a reverse proxy, every caller has
/// the proxy's address — raise the per-IP limits or turn them off there).
/// </summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Turns per channel user, on every channel. Over it the bot says once that the user should wait, then stays silent.</summary>
    public RateLimit Turns { get; set; } = RateLimit.Of(30, TimeSpan.FromMinutes(1));

    /// <summary>Tickets a channel user may open in a short window. Urgent requests are never refused: opened, and flagged on the timeline.</summary>
    public RateLimit Tickets { get; set; } = RateLimit.Of(5, TimeSpan.FromMinutes(10));

    /// <summary>Tickets a channel user may open in a day (same rule for urgent requests).</summary>
    public RateLimit TicketsPerDay { get; set; } = RateLimit.Of(20, TimeSpan.FromDays(1));

    /// <summary>Direct Line tokens minted per address: <c>/v3/directline/tokens/generate</c>, <c>/tokens/refresh</c> and <c>/chat/token</c>.</summary>
    public RateLimit Tokens { get; set; } = RateLimit.Of(30, TimeSpan.FromMinutes(1));

    /// <summary>Direct Line conversations started per address (<c>POST /v3/directline/conversations</c>).</summary>
    public RateLimit Conversations { get; set; } = RateLimit.Of(30, TimeSpan.FromMinutes(1));

    /// <summary>
    /// <c>/api/messages</c> calls per address from loopback callers let in without credentials
    /// (<c>Messages:AllowLoopbackWithoutAuth</c>, development only). Off by default: every local caller shares the one
    /// loopback address, and the per-user turn limit applies anyway.
    /// </summary>
    public RateLimit LoopbackMessages { get; set; } = RateLimit.Of(0, TimeSpan.FromMinutes(1));

    public BindingLimits Binding { get; set; } = new();
}
