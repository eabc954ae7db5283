using ConciergeBot.Channels;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Health;
using ConciergeBot.Messaging;
using ConciergeBot.Storage;
using ConciergeBot.Tickets;
using ConciergeBot.Tickets.Api;

namespace ConciergeBot.Hosting;

/// <summary>
/// Builds the service: the table of contents of what it is made of. Used by the HTTP host, the CLI
/// commands (same pipeline, no Kestrel) and the tests.
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
        // First hosted service: the pipeline is built on another core while the database migrates and Quartz starts.
        builder.Services.AddHostedService<PipelineWarmUp>();
        builder.AddStorage();
        builder.AddDialogs();
        builder.AddTickets();
        builder.AddChannels();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.DefaultIgnoreCondition = ActivityJson.Options.DefaultIgnoreCondition;
            o.SerializerOptions.Encoder = ActivityJson.Options.Encoder;
        });
        builder.Services.AddHttpClient<ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);
        return builder;
    }

    public static WebApplication MapEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealth();
        app.MapMessages();
        app.MapTickets();
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
