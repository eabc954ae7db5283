using ConciergeBot.Dialogs.Engine;
using Quartz;

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
        builder.AddRetentionAndBackups();
        foreach (var migration in FoundationMigrations.All)
        {
            builder.Services.AddSingleton(migration);
        }
        return builder;
    }

    /// <summary>
    /// The database's upkeep on a schedule, as Quartz jobs in Beijing time: retention (<c>Storage:Retention</c>: the rules
    /// of the rows that age out — the transcript's here, the other features register theirs) and the online backups
    /// (<c>Storage:Backup</c>).
    /// </summary>
    private static void AddRetentionAndBackups(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => new[] { o.Transcripts, o.DirectLineActivities, o.WeChatInbox, o.DeliveredOutbox }.All(w => w == TimeSpan.Zero || w >= TimeSpan.FromHours(1)),
                "Storage:Retention windows must be at least an hour (00:00:00 keeps the rows forever).")
            .Validate(o => DataRetentionJob.IsValid(o.Schedule), "Storage:Retention:Schedule must be a Quartz cron expression, e.g. \"0 30 3 * * ?\".")
            .ValidateOnStart();
        services.AddSingleton(FoundationMigrations.TranscriptRetention);
        services.AddSingleton<DataRetention>();
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section)
            .Validate(o => o.Keep >= 1, "Storage:Backup:Keep must be at least 1.")
            .Validate(o => DataRetentionJob.IsValid(o.Schedule), "Storage:Backup:Schedule must be a Quartz cron expression, e.g. \"0 0 4 * * ?\".")
            .ValidateOnStart();
        services.AddSingleton<DatabaseBackups>();

        var retention = builder.Configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>() ?? new RetentionOptions();
        var backup = builder.Configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions();
        services.AddQuartz(q =>
        {
            // An invalid schedule is reported by the options' validation at start; it is not scheduled.
            if (DataRetentionJob.IsValid(retention.Schedule))
            {
                q.ScheduleJob<DataRetentionJob>(
                    trigger => trigger.WithIdentity(DataRetentionJob.Key.Name, DataRetentionJob.Key.Group).WithSchedule(DataRetentionJob.Cron(retention.Schedule)),
                    job => job.WithIdentity(DataRetentionJob.Key));
            }

            if (DataRetentionJob.IsValid(backup.Schedule))
            {
                q.ScheduleJob<DatabaseBackupJob>(
                    trigger => trigger.WithIdentity(DatabaseBackupJob.Key.Name, DatabaseBackupJob.Key.Group).WithSchedule(DataRetentionJob.Cron(backup.Schedule)),
                    job => job.WithIdentity(DatabaseBackupJob.Key));
            }
        });
    }

    /// <summary>Applies pending migrations (for hosts that are not started: the CLI commands, the tests).</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<MigrationRunner>().ApplyAsync(cancellationToken);
    }
}
