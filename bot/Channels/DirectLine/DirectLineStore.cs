using System.Globalization;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Storage;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Channels.DirectLine;

/// <summary>
/// Durable Direct Line state in SQLite: conversations and the per-conversation activity log that GET
/// /activities and the stream read from. Sequence numbers (the watermark) are assigned inside the write
/// transaction, so they are dense and ordered, and survive a restart.
/// </summary>
internal sealed class DirectLineStore(SqliteDatabase database, TimeProvider time)
{
    public Task CreateAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            using var command = Command(connection, transaction,
                "INSERT OR IGNORE INTO directline_conversations (id, user_id, created_at) VALUES ($id, $user, $at)");
            command.Parameters.AddWithValue("$id", conversationId);
            command.Parameters.AddWithValue("$user", userId);
            command.Parameters.AddWithValue("$at", Now());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null,
            "SELECT user_id, started_at IS NOT NULL FROM directline_conversations WHERE id = $id");
        command.Parameters.AddWithValue("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new DirectLineConversation(conversationId, reader.GetString(0), reader.GetBoolean(1))
            : null;
    }

    /// <summary>Marks the conversation started; true only for the call that started it.</summary>
    public Task<bool> MarkStartedAsync(string conversationId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            using var command = Command(connection, transaction,
                "UPDATE directline_conversations SET started_at = $at WHERE id = $id AND started_at IS NULL");
            command.Parameters.AddWithValue("$id", conversationId);
            command.Parameters.AddWithValue("$at", Now());
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    /// <summary>
    /// Appends activities to the log in one transaction, giving each the server id <c>{conversation}|{seq}</c>
    /// (written into the activity); what is logged, and so served to clients, is the trimmed activity
    /// (<see cref="StoredActivity"/>). Returns the last sequence number.
    /// </summary>
    public Task<long> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, bool fromUser, CancellationToken cancellationToken) =>
        AppendAsync(conversationId, activities, fromUser, dedupKey: null, cancellationToken);

    /// <summary>
    /// Appends a client's activity unless the client sent it before (same <paramref name="dedupKey"/>, from its
    /// <c>clientActivityID</c>); either way returns the server id it has in the log, so a retried POST gets the same id.
    /// </summary>
    public Task<(bool Appended, string Id)> AppendInboundOnceAsync(string conversationId, Activity activity, string dedupKey, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (await FindByKeyAsync(connection, transaction, conversationId, dedupKey, cancellationToken).ConfigureAwait(false) is { } known)
            {
                return (false, known);
            }
            await InsertAsync(connection, transaction, conversationId, [activity], fromUser: true, dedupKey, cancellationToken).ConfigureAwait(false);
            return (true, activity.Id!);
        }, cancellationToken);

    /// <summary>
    /// Appends one bot-initiated activity unless one with the same <paramref name="dedupKey"/> is already in the
    /// conversation (a retried proactive message, a turn's reply given again). Returns false when it was a repeat.
    /// </summary>
    public async Task<bool> AppendOnceAsync(string conversationId, Activity activity, string dedupKey, CancellationToken cancellationToken) =>
        await AppendAsync(conversationId, [activity], fromUser: false, dedupKey, cancellationToken).ConfigureAwait(false) >= 0;

    private Task<long> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, bool fromUser, string? dedupKey, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (dedupKey is not null && await FindByKeyAsync(connection, transaction, conversationId, dedupKey, cancellationToken).ConfigureAwait(false) is not null)
            {
                return -1L;
            }

            return await InsertAsync(connection, transaction, conversationId, activities, fromUser, dedupKey, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>The server id of the activity logged under <paramref name="dedupKey"/> in the conversation, or null.</summary>
    private static async Task<string?> FindByKeyAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationId, string dedupKey, CancellationToken cancellationToken)
    {
        using var seen = Command(connection, transaction,
            "SELECT activity_id FROM directline_activities WHERE conversation_id = $id AND dedup_key = $key");
        seen.Parameters.AddWithValue("$id", conversationId);
        seen.Parameters.AddWithValue("$key", dedupKey);
        return await seen.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private async Task<long> InsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationId, IReadOnlyList<Activity> activities, bool fromUser,
        string? dedupKey, CancellationToken cancellationToken)
    {
        long seq;
        // The log's last number, or the last one retention pruned when the whole log aged out.
        using (var max = Command(connection, transaction, """
            SELECT MAX(COALESCE((SELECT MAX(seq) FROM directline_activities WHERE conversation_id = $id), 0),
                       COALESCE((SELECT pruned_seq FROM directline_conversations WHERE id = $id), 0))
            """))
        {
            max.Parameters.AddWithValue("$id", conversationId);
            seq = (long)(await max.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        using var insert = Command(connection, transaction, """
            INSERT INTO directline_activities (conversation_id, seq, activity_id, from_user, json, created_at, dedup_key)
            VALUES ($conversation, $seq, $id, $fromUser, $json, $at, $dedup)
            """);
        var pSeq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var pId = insert.Parameters.Add("$id", SqliteType.Text);
        var pJson = insert.Parameters.Add("$json", SqliteType.Text);
        insert.Parameters.AddWithValue("$conversation", conversationId);
        insert.Parameters.AddWithValue("$fromUser", fromUser);
        insert.Parameters.AddWithValue("$at", Now());
        insert.Parameters.AddWithValue("$dedup", (object?)dedupKey ?? DBNull.Value);
        foreach (var activity in activities)
        {
            seq++;
            activity.Id = ActivityId(conversationId, seq);
            pSeq.Value = seq;
            pId.Value = activity.Id;
            pJson.Value = ActivityJson.Serialize(StoredActivity.Trim(activity));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return seq;
    }

    /// <summary>The activities after <paramref name="watermark"/>, oldest first.</summary>
    public async Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null,
            "SELECT seq, json FROM directline_activities WHERE conversation_id = $id AND seq > $w ORDER BY seq LIMIT 500");
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$w", watermark);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<LoggedActivity>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new LoggedActivity(reader.GetInt64(0), reader.GetString(1)));
        }

        return result;
    }

    public static string ActivityId(string conversationId, long seq) =>
        conversationId + "|" + seq.ToString("D7", CultureInfo.InvariantCulture);

    private string Now() => time.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
