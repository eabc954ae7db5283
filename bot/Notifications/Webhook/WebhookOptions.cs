namespace ConciergeBot.Notifications.Webhook;

/// <summary><c>Notifications:Webhook</c>: the generic JSON webhook; disabled while <see cref="Url"/> is empty.</summary>
internal sealed class WebhookOptions
{
    public Uri? Url { get; set; }
}
