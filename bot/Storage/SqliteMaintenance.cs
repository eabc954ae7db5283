using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Storage;

/// <summary>
/// Keeps the SQLite file fast as it grows, off the reply path:
/// <list type="bullet">
/// <item>checkpoints the write-ahead log every second (PASSIVE: it never blocks readers or the writer), since the
/// writer does not checkpoint at commit time;</item>
/// <item>keeps the log bounded: once the <c>-wal</c> file grew past <see cref="SqliteDatabase.WalSizeLimit"/> (a burst
/// of writes, a long reader that held the passive checkpoints back) a TRUNCATE checkpoint cuts it back, checked every
/// 10 seconds;</item>
/// <item>refreshes the query planner's statistics (approximate ANALYZE, tens of milliseconds even at 100,000
/// tickets) at start, before Quartz runs, and then every 15 minutes. Without statistics SQLite scans all of Quartz's
/// triggers for Quartz's batched "triggers by key" query — about a second at 440,000 triggers;</item>
/// <item>prunes the records of processed activities older than <c>Storage:ProcessedActivityRetention</c> (48 hours
/// by default) every ten minutes, a few thousand rows per write, so the exactly-once table does not grow without
/// bound.</item>
/// </list>
/// </summary>
internal sealed partial class SqliteMaintenance(
    SqliteDatabase database, IOptions<StorageOptions> options, TimeProvider time, ILogger<SqliteMaintenance> logger) : BackgroundService
{
    private static readonly TimeSpan CheckpointEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AnalyseEvery = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);
    private const int PruneBatch = 5000;
    private static readonly TimeSpan WalCheckEvery = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The start-up analysis runs before Quartz starts (MigrateOnStart); this keeps the statistics current as the data grows.
        var nextAnalysis = time.GetUtcNow() + AnalyseEvery;
        var nextPrune = time.GetUtcNow() + CheckpointEvery;
        var nextWalCheck = time.GetUtcNow() + WalCheckEvery;
        try
        {
            await using var connection = await database.OpenAsync(stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(CheckpointEvery, time, stoppingToken).ConfigureAwait(false);
                await RunAsync(connection, "PRAGMA wal_checkpoint(PASSIVE);", stoppingToken).ConfigureAwait(false);
                if (time.GetUtcNow() >= nextWalCheck)
                {
                    await BoundWalAsync(connection, stoppingToken).ConfigureAwait(false);
                    nextWalCheck = time.GetUtcNow() + WalCheckEvery;
                }

                if (time.GetUtcNow() >= nextAnalysis)
                {
                    await AnalyseAsync(stoppingToken).ConfigureAwait(false);
                    nextAnalysis = time.GetUtcNow() + AnalyseEvery;
                }
                if (time.GetUtcNow() >= nextPrune)
                {
                    await PruneProcessedActivitiesAsync(stoppingToken).ConfigureAwait(false);
                    nextPrune = time.GetUtcNow() + PruneEvery;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// Refreshes the planner statistics of every table (bounded work per index). Creating and dropping a scratch
    /// table changes the schema version, so every open connection (Quartz's pooled ones too) reloads the schema
    /// with the new statistics before its next statement.
    /// </summary>
    public Task AnalyseAsync(CancellationToken cancellationToken) =>
        database.WriteAsync((c, t) => RunAsync(c,
            "PRAGMA analysis_limit = 1000; ANALYZE; CREATE TABLE planner_statistics_refreshed (x); DROP TABLE planner_statistics_refreshed;",
            cancellationToken, t), cancellationToken);

    /// <summary>Deletes the processed-activity records older than the retention window; returns how many.</summary>
    public async Task<int> PruneProcessedActivitiesAsync(CancellationToken cancellationToken)
    {
        var cut = (time.GetUtcNow() - options.Value.ProcessedActivityRetention).ToUnixTimeMilliseconds();
        var total = 0;
        try
        {
            int deleted;
            do
            {
                deleted = await database.WriteAsync(async (c, t) =>
                {
                    using var command = c.CreateCommand();
                    command.Transaction = t;
                    command.CommandText = """
                        DELETE FROM processed_activities WHERE (channel_id, conversation_id, activity_id) IN (
                            SELECT channel_id, conversation_id, activity_id FROM processed_activities WHERE processed_at < $cut LIMIT $n)
                        """;
                    command.Parameters.AddWithValue("$cut", cut);
                    command.Parameters.AddWithValue("$n", PruneBatch);
                    return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }, cancellationToken).ConfigureAwait(false);
                total += deleted;
            }
            while (deleted == PruneBatch);
        }
        catch (SqliteException e)
        {
            LogFailed(logger, "prune processed_activities", e);
        }
        return total;
    }

    /// <summary>Truncates the write-ahead log when it grew past the limit; returns its size afterwards.</summary>
    public async Task<long> BoundWalAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var wal = new FileInfo(database.FilePath + "-wal");
        if (wal.Exists && wal.Length > database.WalSizeLimit)
        {
            await RunAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken).ConfigureAwait(false);
            wal.Refresh();
        }

        return wal.Exists ? wal.Length : 0;
    }

    private async Task RunAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            LogFailed(logger, sql, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database maintenance step failed: {Sql}")]
    private static partial void LogFailed(ILogger logger, string sql, Exception exception);
}
