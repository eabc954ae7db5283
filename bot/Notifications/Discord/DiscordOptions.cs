namespace ConciergeBot.Notifications.Discord;

/// <summary><c>Notifications:Discord</c>: a Discord incoming webhook; disabled while <see cref="WebhookUrl"/> is empty.</summary>
internal sealed class DiscordOptions
{
    public const string Section = "Notifications:Discord";

    public Uri? WebhookUrl { get; set; }

    /// <summary>The name the pings are posted under; empty means "{the estate's name}工单提醒".</summary>
    public string? Username { get; set; }

    /// <summary>Longest <c>retry_after</c> waited for in place; longer ones fail the attempt so the outbox retries later.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(8);
}
