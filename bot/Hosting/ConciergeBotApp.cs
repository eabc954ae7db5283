using ConciergeBot.Channels;
using ConciergeBot.Dialogs;
using ConciergeBot.Health;
using ConciergeBot.Knowledge;
using ConciergeBot.Limits;
using ConciergeBot.Limits.Binding;
using ConciergeBot.Messaging;
using ConciergeBot.Notifications;
using ConciergeBot.Storage;
using ConciergeBot.Tickets;
using ConciergeBot.Tickets.Api;
using ConciergeBot.Understanding;

namespace ConciergeBot.Hosting;

/// <summary>
/// Builds the service: the table of contents of what it is made of, one line per feature; each feature registers
/// all of its own parts in its folder and nothing of another's. Used by the HTTP host, the CLI commands (same
/// pipeline, no Kestrel) and the tests.
/// </summary>
public static class ConciergeBotApp
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json lives at the repository root and is copied beside the binary.
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The one clock every feature reads (the banned-API analyzer forbids DateTime.Now); tests register a manual clock after it.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);

        builder.AddStorage();
        builder.AddKnowledge();
        builder.AddUnderstanding();
        builder.AddDialogs();
        builder.AddLimits();
        builder.AddMessages();
        builder.AddTickets();
        builder.AddNotifications();
        builder.AddChannels();
        builder.AddHealth();
        return builder;
    }

    public static WebApplication MapEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealth();
        app.MapMessages();
        app.MapTickets();
        app.MapLimits();
        app.MapChannels();
        return app;
    }

    /// <summary>
    /// Start-up work for a host that is built but not started (CLI commands, tests); a started host does it
    /// in its hosted services.
    /// </summary>
    public static Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.MigrateDatabaseAsync(cancellationToken);
    }
}
