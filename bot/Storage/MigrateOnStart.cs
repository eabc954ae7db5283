namespace ConciergeBot.Storage;

/// <summary>Applies pending migrations when the host starts, before the server takes requests.</summary>
internal sealed class MigrateOnStart(MigrationRunner runner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runner.ApplyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
