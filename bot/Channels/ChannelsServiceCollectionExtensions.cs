using ConciergeBot.Channels.DirectLine;
using ConciergeBot.Channels.Proactive;
using ConciergeBot.Channels.WeChat;
using ConciergeBot.Channels.WebChat;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Notifications;
using ConciergeBot.Notifications.Discord;
using ConciergeBot.Notifications.WeCom;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels;

/// <summary>
/// The channels: Direct Line 3.0 (and the /chat page on it), the WeChat Official Account, proactive messages
/// (ticket updates to owners, pings to staff in chat) and the WeCom and Discord ping senders. Call after AddTickets.
/// </summary>
internal static class ChannelsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddSingleton(DirectLineMigrations.Conversations);
        services.AddSingleton(DirectLineMigrations.ProactiveKeys);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineStore>();
        services.AddSingleton<DirectLineHub>();
        services.AddSingleton<DirectLineConversations>();

        services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WeChatOptions>, WeChatOptionsValidator>();
        services.AddSingleton(WeChatMigrations.Inbox);
        services.AddSingleton<WeChatInbox>();
        services.AddSingleton<WeChatChannel>();
        services.AddSingleton(sp => new WeChatApiClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(10) },
            sp.GetRequiredService<IOptions<WeChatOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<WeChatApiClient>>()));

        services.AddSingleton(ProactiveMigrations.References);
        services.AddSingleton(ProactiveMigrations.OwnerUpdates);
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ITurnMiddleware, ConversationReferenceMiddleware>();
        services.AddHttpClient(ProactiveMessenger.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<OwnerUpdateRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OwnerUpdateRelay>());

        services.AddOptions<WeComOptions>().BindConfiguration(WeComOptions.Section);
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section);
        services.AddOptions<StaffChatOptions>().BindConfiguration(StaffChatOptions.Section);
        services.AddHttpClient(WeComChannel.HttpClientName);
        services.AddHttpClient(DiscordChannel.HttpClientName);
        services.AddSingleton<INotificationChannel, WeComChannel>();
        services.AddSingleton<INotificationChannel, DiscordChannel>();
        services.AddSingleton<INotificationChannel, StaffChatChannel>();
        return builder;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        app.UseWebSockets();
        app.MapDirectLine();
        app.MapWebChat();
        app.MapWeChat();
        return app;
    }
}
