using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Channels.Proactive;

internal static class ProactiveServiceCollectionExtensions
{
    /// <summary>
    /// Messages the bot starts: every turn keeps its conversation reference, the messenger sends through it on the
    /// conversation's channel, and the owner-update relay tells owners what happens to their tickets.
    /// </summary>
    public static IServiceCollection AddProactiveMessages(this IServiceCollection services)
    {
        services.AddSingleton(ProactiveMigrations.References);
        services.AddSingleton(ProactiveMigrations.OwnerUpdates);
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ITurnMiddleware, ConversationReferenceMiddleware>();
        services.AddHttpClient(ProactiveMessenger.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<OwnerUpdateRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OwnerUpdateRelay>());
        return services;
    }
}
