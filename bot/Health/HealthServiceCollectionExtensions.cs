namespace ConciergeBot.Health;

public static class HealthServiceCollectionExtensions
{
    /// <summary>ASP.NET Core health checks: the database. Served by <see cref="HealthEndpoint.MapHealth"/>.</summary>
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }
}
