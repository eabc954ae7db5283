using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The database (SQLite file under <c>Storage:DataDirectory</c>), its migrations and the state store; the Data
    /// Protection key ring beside it (<c>keys</c>).
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddHostedService<MigrateOnStart>();
        builder.Services.AddSingleton<SqliteMaintenance>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SqliteMaintenance>());
        builder.Services.AddSingleton<IConversationStore, SqliteConversationStore>();
        builder.Services.AddPersistedDataProtection();
        foreach (var migration in FoundationMigrations.All)
        {
            builder.Services.AddSingleton(migration);
        }
        return builder;
    }

    /// <summary>Applies pending migrations (for hosts that are not started: the CLI commands, the tests).</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<MigrationRunner>().ApplyAsync(cancellationToken);
    }
}
