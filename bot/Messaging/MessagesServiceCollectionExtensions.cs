using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Notifications;

namespace ConciergeBot.Messaging;

public static class MessagesServiceCollectionExtensions
{
    /// <summary>
    /// <c>/api/messages</c>: Activities in the Bot Framework JSON conventions, and the connector client that posts
    /// replies to a caller's <c>serviceUrl</c> when it did not ask for them in the response (the outbox's <c>reply</c> channel).
    /// </summary>
    public static IHostApplicationBuilder AddMessages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.DefaultIgnoreCondition = ActivityJson.Options.DefaultIgnoreCondition;
            o.SerializerOptions.Encoder = ActivityJson.Options.Encoder;
        });
        builder.Services.AddHttpClient<ConnectorClient>().AddOutboundResilience();
        builder.Services.AddSingleton<INotificationChannel, ConnectorReplyChannel>();
        return builder;
    }
}
