using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels.WeChat;

internal static class WeChatServiceCollectionExtensions
{
    /// <summary>The WeChat Official Account: the push inbox (each push handled once), the channel and the API client.</summary>
    public static IServiceCollection AddWeChat(this IServiceCollection services)
    {
        services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WeChatOptions>, WeChatOptionsValidator>();
        services.AddSingleton(WeChatMigrations.Inbox);
        services.AddSingleton(WeChatMigrations.InboxRetention);
        services.AddSingleton(WeChatMigrations.InboxRule);
        services.AddSingleton<WeChatInbox>();
        services.AddSingleton<WeChatChannel>();
        services.AddSingleton(sp => new WeChatApiClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(10) },
            sp.GetRequiredService<IOptions<WeChatOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<WeChatApiClient>>()));
        return services;
    }
}
