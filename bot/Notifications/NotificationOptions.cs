using System.ComponentModel.DataAnnotations;
using ConciergeBot.Notifications.Webhook;

namespace ConciergeBot.Notifications;

/// <summary>The <c>Notifications</c> section: how pings are delivered and retried.</summary>
internal sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public WebhookOptions Webhook { get; set; } = new();

    /// <summary>Link to a ticket put in every ping; <c>{number}</c> is replaced by the ticket number.</summary>
    public string TicketLink { get; set; } = "http://127.0.0.1:5080/api/tickets/{number}";

    /// <summary>Deliveries are given up (and shown as failed) after this many attempts.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 20;

    /// <summary>First retry delay; doubles each attempt up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the sender looks for due deliveries when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time allowed to one delivery attempt.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
