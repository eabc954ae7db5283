using ConciergeBot.Notifications.Chat;
using ConciergeBot.Notifications.Discord;
using ConciergeBot.Notifications.WeCom;
using ConciergeBot.Notifications.Webhook;

namespace ConciergeBot.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// The one outbox for everything that leaves the service (staff pings; owner updates and turn replies, whose
    /// channels their features register) and its one delivery loop; and the staff pings' channels:
    /// the webhook, the WeCom group robot, Discord, and the staff member's
    /// own chat with the bot (through the proactive messenger of <c>AddChannels</c>).
    /// </summary>
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<ConciergeBot.Storage.IReplyOutbox>(sp => sp.GetRequiredService<Outbox>());
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());

        services.AddHttpClient(WebhookChannel.HttpClientName).AddOutboundResilience();
        services.AddSingleton<INotificationChannel, WebhookChannel>();

        services.AddOptions<WeComOptions>().BindConfiguration(WeComOptions.Section).ValidateOnStart();
        services.AddHttpClient(WeComChannel.HttpClientName).AddOutboundResilience();
        services.AddSingleton<INotificationChannel, WeComChannel>();

        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateOnStart();
        services.AddHttpClient(DiscordChannel.HttpClientName).AddOutboundResilience();
        services.AddSingleton<INotificationChannel, DiscordChannel>();

        services.AddOptions<StaffChatOptions>().BindConfiguration(StaffChatOptions.Section).ValidateOnStart();
        services.AddSingleton<INotificationChannel, StaffChatChannel>();
        return builder;
    }
}
