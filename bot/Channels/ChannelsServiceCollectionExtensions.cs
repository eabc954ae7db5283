using ConciergeBot.Channels.DirectLine;
using ConciergeBot.Channels.WeChat;
using ConciergeBot.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels;

/// <summary>The channels: Direct Line 3.0 (and the /chat page on it) and the WeChat Official Account.</summary>
internal static class ChannelsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddSingleton(DirectLineMigrations.Conversations);
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
