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
        builder.Services.AddServiceUrlPolicy();
        builder.Services.AddSingleton<ChannelAuthenticator>();
        builder.Services.AddHttpClient<ConnectorClient>().AddOutboundResilience();
        builder.Services.AddSingleton<INotificationChannel, ConnectorReplyChannel>();
        return builder;
    }

    /// <summary>
    /// The <c>Messages</c> options and the serviceUrl allow-list; also needed by hosts that send proactive messages
    /// without serving <c>/api/messages</c> (the ticket hosts of the tests and benchmarks). Registered once.
    /// </summary>
    internal static IServiceCollection AddServiceUrlPolicy(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ServiceUrlPolicy)))
        {
            return services;
        }
        services.AddOptions<MessagesOptions>().BindConfiguration(MessagesOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MessagesOptions>, MessagesOptionsValidator>();
        services.AddSingleton<ServiceUrlPolicy>();
        return services;
    }
}
