using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Notifications;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Messaging;

public static class MessagesServiceCollectionExtensions
{
    /// <summary>
    /// <c>/api/messages</c>: Activities in the Bot Framework JSON conventions, who may post them (channel tokens and
    /// secrets), and the connector client that posts replies to a caller's <c>serviceUrl</c> — when it is on the
    /// allow-list — when it did not ask for them in the response (the outbox's <c>reply</c> channel).
    /// </summary>
    public static IHostApplicationBuilder AddMessages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.DefaultIgnoreCondition = ActivityJson.Options.DefaultIgnoreCondition;
            o.SerializerOptions.Encoder = ActivityJson.Options.Encoder;
        });
        builder.Services.AddOptions<MessagesOptions>().BindConfiguration(MessagesOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<MessagesOptions>, MessagesOptionsValidator>();
        builder.Services.AddSingleton<ChannelAuthenticator>();
        builder.Services.AddSingleton<ServiceUrlPolicy>();
        builder.Services.AddHttpClient<ConnectorClient>().AddOutboundResilience();
        builder.Services.AddSingleton<INotificationChannel, ConnectorReplyChannel>();
        return builder;
    }
}
