using ConciergeBot.Storage;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels.DirectLine;

internal static class DirectLineServiceCollectionExtensions
{
    /// <summary>Direct Line 3.0: tokens, conversations with their activity log, and the WebSocket streams.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddSingleton(DirectLineMigrations.Conversations);
        services.AddSingleton(DirectLineMigrations.ProactiveKeys);
        services.AddSingleton(DirectLineMigrations.Retention);
        services.AddSingleton(DirectLineMigrations.LogRetention);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineStore>();
        services.AddSingleton<DirectLineHub>();
        services.AddSingleton<DirectLineConversations>();
        return services;
    }
}
