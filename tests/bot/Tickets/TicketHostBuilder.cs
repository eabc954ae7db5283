using ConciergeBot.Channels;
using ConciergeBot.Knowledge;
using ConciergeBot.Notifications;
using ConciergeBot.Storage;
using ConciergeBot.Tickets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConciergeBot.Tests.Bot.Tickets;

/// <summary>
/// A host of the features tickets run on, registered as the service registers them (storage, knowledge,
/// notifications, tickets, and the channels a ping can leave by), without dialogs or HTTP; pings are recorded.
/// </summary>
internal static class TicketHostBuilder
{
    public static HostApplicationBuilder Create(TimeProvider clock, params IEnumerable<IDictionary<string, string?>?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        foreach (var layer in settings.OfType<IDictionary<string, string?>>())
        {
            builder.Configuration.AddInMemoryCollection(layer);
        }

        builder.Services.AddSingleton(clock);
        builder.Services.AddLogging();
        builder.AddStorage();
        builder.AddKnowledge();
        builder.AddNotifications();
        builder.AddTickets();
        builder.AddChannels();
        builder.Services.AddSingleton<INotificationChannel, RecordingChannel>();
        return builder;
    }
}
