using System.Collections.Concurrent;
using System.Text.Json;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Storage;
using ConciergeBot.Tickets;

namespace ConciergeBot.Channels.Proactive;

/// <summary>
/// The latest <see cref="ConversationReference"/> of every conversation, kept so the bot can speak first later
/// (ticket progress to owners, pings to staff in chat). Writes only when a reference changed since this process
/// last wrote it, so ordinary turns cost no extra write.
/// </summary>
internal sealed class ConversationReferenceStore(SqliteDatabase database, TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Channel, string Conversation), string> _written = new();

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.User?.Id is not { Length: > 0 } userId || reference.Conversation.Id.Length == 0)
        {
            return;
        }

        var json = JsonSerializer.Serialize(reference, ActivityJson.Options);
        var key = (reference.ChannelId, reference.Conversation.Id);
        if (_written.TryGetValue(key, out var last) && last == json)
        {
            return;
        }

        await database.WriteAsync((c, t) => Db.ExecuteAsync(c, t, """
            INSERT INTO conversation_references (channel_id, conversation_id, user_id, json, updated_at)
            VALUES ($channel, $conversation, $user, $json, $at)
            ON CONFLICT (channel_id, conversation_id) DO UPDATE SET user_id = $user, json = $json, updated_at = $at
            """, cancellationToken, ("$channel", reference.ChannelId), ("$conversation", reference.Conversation.Id),
            ("$user", userId), ("$json", json), ("$at", Db.Ms(time.GetUtcNow()))), cancellationToken).ConfigureAwait(false);
        _written[key] = json;
    }

    /// <summary>
    /// The conversation a user spoke in most recently (optionally on one channel), among those <paramref name="usable"/>
    /// accepts (all when null); a recent conversation that is not usable does not hide an older one that is.
    /// </summary>
    public async Task<ConversationReference?> FindLatestForUserAsync(
        string userId, string? channelId, CancellationToken cancellationToken, Func<ConversationReference, bool>? usable = null)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Db.Command(connection, null, """
            SELECT json FROM conversation_references
            WHERE user_id = $user AND ($channel IS NULL OR channel_id = $channel)
            ORDER BY updated_at DESC LIMIT 20
            """, ("$user", userId), ("$channel", channelId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (JsonSerializer.Deserialize<ConversationReference>(reader.GetString(0), ActivityJson.Options) is { } reference
                && (usable is null || usable(reference)))
            {
                return reference;
            }
        }
        return null;
    }
}
