namespace ConciergeBot.Storage;

/// <summary>
/// Applies pending migrations when the host starts, before the server takes requests, and refreshes the planner
/// statistics before Quartz and the channels run their first queries on a database that may have grown large.
/// </summary>
internal sealed class MigrateOnStart(MigrationRunner runner, SqliteMaintenance maintenance) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await runner.ApplyAsync(cancellationToken).ConfigureAwait(false);
        await maintenance.AnalyseAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
