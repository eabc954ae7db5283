using Quartz;

namespace ConciergeBot.Storage;

/// <summary>Quartz job of the database backup (<c>Storage:Backup:Schedule</c>, Beijing time; a backup missed while down is taken at start).</summary>
[DisallowConcurrentExecution]
internal sealed class DatabaseBackupJob(DatabaseBackups backups) : IJob
{
    public static readonly JobKey Key = new("database-backup", "storage");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await backups.BackUpAsync(cancellationToken).ConfigureAwait(false);
}
