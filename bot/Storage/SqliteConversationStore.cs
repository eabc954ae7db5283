using System.Runtime.CompilerServices;
using System.Text.Json;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Storage;

/// <summary>
/// Conversation/user state and transcript in SQLite. Each state row carries an integer ETag; a turn's writes
/// are one transaction that fails with <see cref="StateConflictException"/> if any row moved since it was read.
/// Replies queued with the turn go into the outbox in that same transaction, and so does the record of the
/// processed activity (<c>processed_activities</c>, with the replies a retry gets back).
/// Every turn runs the same few statements, so each connection keeps them prepared (<see cref="Statements"/>):
/// parsing and planning the SQL again on every turn cost more than running it.
/// </summary>
public sealed class SqliteConversationStore(SqliteDatabase database, IReplyOutbox outbox, TimeProvider time) : IConversationStore
{
    private const string SelectOne = "SELECT json, etag FROM bot_state WHERE key = $key";
    private const string SelectTwo = "SELECT key, json, etag FROM bot_state WHERE key IN ($a, $b)";
    private const string Update = "UPDATE bot_state SET json = $json, etag = etag + 1, updated_at = $now WHERE key = $key AND etag = $etag";
    private const string Insert = "INSERT INTO bot_state (key, json, etag, updated_at) VALUES ($key, $json, 1, $now) ON CONFLICT (key) DO NOTHING";
    private const string InsertTranscript = "INSERT INTO transcript (conversation, outbound, activity, at) VALUES ($c, $o, $a, $t)";
    private const string SelectProcessed = "SELECT replies FROM processed_activities WHERE channel_id = $ch AND conversation_id = $c AND activity_id = $a";
    private const string InsertProcessed = """
        INSERT INTO processed_activities (channel_id, conversation_id, activity_id, replies, processed_at) VALUES ($ch, $c, $a, $r, $t)
        """;

    /// <summary>A turn's writes, the tickets it opened among them, commit together (see <see cref="UnitOfWork"/>).</summary>
    public ITurnUnit BeginTurn() => database.BeginUnit();

    public Task<IReadOnlyList<Activity>?> FindProcessedAsync(ActivityKey key, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            ArgumentNullException.ThrowIfNull(key);
            var command = Statements.Get(connection, null, SelectProcessed);
            command.Parameters["$ch"].Value = key.ChannelId;
            command.Parameters["$c"].Value = key.ConversationId;
            command.Parameters["$a"].Value = key.ActivityId;
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json
                ? JsonSerializer.Deserialize<List<Activity>>(json, ActivityJson.Options) as IReadOnlyList<Activity> ?? []
                : null;
        }, cancellationToken);

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var command = Statements.Get(connection, null, SelectOne);
            command.Parameters["$key"].Value = key;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new StoredState(reader.GetString(0), reader.GetInt64(1))
                : null;
        }, cancellationToken);

    /// <summary>A turn's two records in one statement on one pooled connection.</summary>
    public Task<(StoredState? First, StoredState? Second)> ReadPairAsync(string first, string second, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var command = Statements.Get(connection, null, SelectTwo);
            command.Parameters["$a"].Value = first;
            command.Parameters["$b"].Value = second;
            StoredState? a = null, b = null;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var state = new StoredState(reader.GetString(1), reader.GetInt64(2));
                var key = reader.GetString(0);
                if (key == first)
                {
                    a = state;
                }
                if (key == second)
                {
                    b = state;
                }
            }
            return (a, b);
        }, cancellationToken);

    public async Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var now = time.GetUtcNow();
        var replies = commit.QueuedReplies is { Count: > 0 } queued ? queued : null;
        // Joins the turn's unit when the turn already wrote (a ticket); otherwise one write of its own.
        await database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var write in commit.States)
            {
                await WriteStateAsync(connection, transaction, write, now.ToString("O"), cancellationToken).ConfigureAwait(false);
            }
            if (commit.Processed is { } key)
            {
                // The primary key refuses a second record: a duplicate turn that got this far (another node) fails whole.
                var processed = Statements.Get(connection, transaction, InsertProcessed);
                processed.Parameters["$ch"].Value = key.ChannelId;
                processed.Parameters["$c"].Value = key.ConversationId;
                processed.Parameters["$a"].Value = key.ActivityId;
                processed.Parameters["$r"].Value = JsonSerializer.Serialize(commit.Replies ?? [], ActivityJson.Options);
                processed.Parameters["$t"].Value = now.ToUnixTimeMilliseconds();
                try
                {
                    await processed.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == 19) // SQLITE_CONSTRAINT
                {
                    throw new StateConflictException($"activity {key.ActivityId}");
                }
            }
            if (commit.Transcript.Count > 0)
            {
                var command = Statements.Get(connection, transaction, InsertTranscript);
                foreach (var entry in commit.Transcript)
                {
                    command.Parameters["$c"].Value = entry.ConversationKey;
                    command.Parameters["$o"].Value = entry.Outbound ? 1 : 0;
                    command.Parameters["$a"].Value = entry.ActivityJson;
                    command.Parameters["$t"].Value = entry.At.ToUniversalTime().ToString("O");
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            if (replies is not null)
            {
                await outbox.QueueRepliesAsync(connection, transaction, replies, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
        if (replies is not null)
        {
            database.AfterCommit(outbox.Committed);
        }
    }

    private static async Task WriteStateAsync(SqliteConnection connection, SqliteTransaction transaction, StateWrite write, string now, CancellationToken cancellationToken)
    {
        var command = Statements.Get(connection, transaction, write.ExpectedETag is null ? Insert : Update);
        command.Parameters["$key"].Value = write.Key;
        command.Parameters["$json"].Value = write.Json;
        command.Parameters["$now"].Value = now;
        if (write.ExpectedETag is { } etag)
        {
            command.Parameters["$etag"].Value = etag;
        }
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new StateConflictException(write.Key);
        }
    }

    /// <summary>
    /// The store's statements, prepared once per connection and reused (a connection is used by one caller at a
    /// time: the pooled readers and the single writer). They go with their connection.
    /// </summary>
    private static class Statements
    {
        private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> ByConnection = [];

        public static SqliteCommand Get(SqliteConnection connection, SqliteTransaction? transaction, string sql)
        {
            var commands = ByConnection.GetOrCreateValue(connection);
            if (!commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var name in ParameterNames(sql))
                {
                    command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
                }
                command.Prepare();
                commands[sql] = command;
            }
            command.Transaction = transaction;
            return command;
        }

        private static IEnumerable<string> ParameterNames(string sql)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = sql.IndexOf('$', StringComparison.Ordinal); i >= 0; i = sql.IndexOf('$', i + 1))
            {
                var end = i + 1;
                while (end < sql.Length && (char.IsAsciiLetterOrDigit(sql[end]) || sql[end] == '_'))
                {
                    end++;
                }
                if (seen.Add(sql[i..end]))
                {
                    yield return sql[i..end];
                }
            }
        }
    }
}
