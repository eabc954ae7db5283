using ConciergeBot.Dialogs.Engine;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Storage;

/// <summary>
/// Conversation/user state and transcript in SQLite. Each state row carries an integer ETag; a turn's writes
/// are one transaction that fails with <see cref="StateConflictException"/> if any row moved since it was read.
/// Replies queued with the turn go into the outbox in that same transaction.
/// </summary>
public sealed class SqliteConversationStore(SqliteDatabase database, IReplyOutbox outbox, TimeProvider time) : IConversationStore
{
    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT json, etag FROM bot_state WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new StoredState(reader.GetString(0), reader.GetInt64(1))
                : null;
        }, cancellationToken);

    public async Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var now = time.GetUtcNow().ToString("O");
        var replies = commit.QueuedReplies is { Count: > 0 } queued ? queued : null;
        await database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var write in commit.States)
            {
                await WriteStateAsync(connection, transaction, write, now, cancellationToken).ConfigureAwait(false);
            }
            foreach (var entry in commit.Transcript)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO transcript (conversation, outbound, activity, at) VALUES ($c, $o, $a, $t)";
                command.Parameters.AddWithValue("$c", entry.ConversationKey);
                command.Parameters.AddWithValue("$o", entry.Outbound ? 1 : 0);
                command.Parameters.AddWithValue("$a", entry.ActivityJson);
                command.Parameters.AddWithValue("$t", entry.At.ToString("O"));
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            if (replies is not null)
            {
                await outbox.QueueRepliesAsync(connection, transaction, replies, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
        if (replies is not null)
        {
            outbox.Committed();
        }
    }

    private static async Task WriteStateAsync(SqliteConnection connection, SqliteTransaction transaction, StateWrite write, string now, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$key", write.Key);
        command.Parameters.AddWithValue("$json", write.Json);
        command.Parameters.AddWithValue("$now", now);
        if (write.ExpectedETag is { } etag)
        {
            command.CommandText = "UPDATE bot_state SET json = $json, etag = etag + 1, updated_at = $now WHERE key = $key AND etag = $etag";
            command.Parameters.AddWithValue("$etag", etag);
        }
        else
        {
            command.CommandText = "INSERT INTO bot_state (key, json, etag, updated_at) VALUES ($key, $json, 1, $now) ON CONFLICT (key) DO NOTHING";
        }
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new StateConflictException(write.Key);
        }
    }
}
