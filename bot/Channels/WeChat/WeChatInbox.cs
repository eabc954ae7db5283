using System.Globalization;
using ConciergeBot.Storage;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Channels.WeChat;

/// <summary>Durable de-duplication of WeChat pushes (WeChat retries an unanswered push 3 times).</summary>
internal sealed class WeChatInbox(SqliteDatabase database, TimeProvider time)
{
    /// <summary>Records a new push; returns null if this call recorded it, otherwise what is already known.</summary>
    public Task<InboxEntry?> TryBeginAsync(string key, string openId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            using (var insert = Command(connection, transaction, """
                INSERT OR IGNORE INTO wechat_inbox (dedup_key, open_id, state, received_at, updated_at)
                VALUES ($key, $open, 'processing', $at, $at)
                """))
            {
                insert.Parameters.AddWithValue("$key", key);
                insert.Parameters.AddWithValue("$open", openId);
                insert.Parameters.AddWithValue("$at", Now());
                if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
                {
                    return null;
                }
            }

            using var read = Command(connection, transaction, "SELECT state, reply FROM wechat_inbox WHERE dedup_key = $key");
            read.Parameters.AddWithValue("$key", key);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new InboxEntry(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
        }, cancellationToken);

    public Task SetAsync(string key, string state, string? reply, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            using var update = Command(connection, transaction,
                "UPDATE wechat_inbox SET state = $state, reply = COALESCE($reply, reply), updated_at = $at WHERE dedup_key = $key");
            update.Parameters.AddWithValue("$key", key);
            update.Parameters.AddWithValue("$state", state);
            update.Parameters.AddWithValue("$reply", (object?)reply ?? DBNull.Value);
            update.Parameters.AddWithValue("$at", Now());
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private string Now() => time.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
