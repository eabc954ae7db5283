using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Messaging;
using ConciergeBot.Notifications;
using ConciergeBot.Tickets;

namespace ConciergeBot.Channels.Proactive;

internal static class ProactiveServiceCollectionExtensions
{
    /// <summary>
    /// Messages the bot starts: every turn keeps its conversation reference, the messenger sends through it on the
    /// conversation's channel, and owner updates (queued in the outbox with the ticket event, delivered by the
    /// <c>owner</c> channel) tell owners what happens to their tickets.
    /// </summary>
    public static IServiceCollection AddProactiveMessages(this IServiceCollection services)
    {
        services.AddSingleton(ProactiveMigrations.References);
        services.AddSingleton(ProactiveMigrations.OwnerUpdates);
        services.AddSingleton(ProactiveMigrations.OwnerUpdatesIntoOutbox);
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ITurnMiddleware, ConversationReferenceMiddleware>();
        services.AddHttpClient(ProactiveMessenger.HttpClientName).AddOutboundResilience();
        services.AddServiceUrlPolicy();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<ITicketEventFollower, OwnerUpdates>();
        services.AddSingleton<INotificationChannel, OwnerUpdateChannel>();
        return services;
    }
}
