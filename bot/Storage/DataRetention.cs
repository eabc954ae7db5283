using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Storage;

/// <summary>
/// Prunes what has aged out, rule by rule (<see cref="RetentionRule"/>, each registered by the feature owning the table), in batches through the group-commit writer
/// (a batch is one short write transaction, so turns in between are not held up), then checkpoints the write-ahead log
/// and truncates it, so the file the deletions went through does not stay large. Run by a Quartz job on
/// <c>Storage:Retention:Schedule</c> (<see cref="DataRetentionJob"/>); the cutoff is read from the service's clock.
/// </summary>
internal sealed partial class DataRetention(
    SqliteDatabase database, IEnumerable<RetentionRule> rules, IOptions<RetentionOptions> options, TimeProvider time, ILogger<DataRetention> logger)
{
    private const int Batch = 2000;

    /// <summary>Prunes every kind of row; returns how many of each went.</summary>
    public async Task<IReadOnlyDictionary<string, int>> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var removed = new Dictionary<string, int>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        foreach (var rule in rules)
        {
            var window = rule.Window(options.Value);
            var total = 0;
            if (window > TimeSpan.Zero)
            {
                var cutoff = now - window;
                int deleted;
                do
                {
                    deleted = await database.WriteAsync((c, t) => PruneAsync(c, t, rule, cutoff, cancellationToken), cancellationToken).ConfigureAwait(false);
                    total += deleted;
                }
                while (deleted >= Batch);
            }

            removed[rule.Name] = total;
        }

        await CheckpointAsync(cancellationToken).ConfigureAwait(false);
        var counts = string.Join(", ", removed.Select(r => $"{r.Key} {r.Value}"));
        LogPruned(logger, counts, watch.ElapsedMilliseconds);
        return removed;
    }

    /// <summary>One batch of one rule: its SQL, then the count of its last statement.</summary>
    private static async Task<int> PruneAsync(SqliteConnection connection, SqliteTransaction transaction, RetentionRule rule, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = rule.Sql.TrimEnd().TrimEnd(';') + ";\nSELECT changes();";
        command.Parameters.AddWithValue("$cutoff", rule.CutoffAsUnixMilliseconds
            ? cutoff.ToUnixTimeMilliseconds()
            : cutoff.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$batch", Batch);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>Copies the write-ahead log into the database and truncates it (waits for the writer's lock, within the busy timeout).</summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            LogCheckpointFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: pruned {Counts} in {Milliseconds} ms")]
    private static partial void LogPruned(ILogger logger, string counts, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention: the write-ahead log could not be truncated")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
