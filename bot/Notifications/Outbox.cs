using System.Text.Json;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Storage;
using ConciergeBot.Tickets;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Notifications;

/// <summary>
/// The one durable outbox for everything that leaves the service: a message is inserted in the transaction of the
/// change that causes it, with one delivery row per channel it goes out by — every enabled ping channel for a staff
/// ping, the named channel for an owner update or a turn's reply — so a committed change always gets its messages
/// and a rolled-back one never does. <see cref="OutboxSender"/> delivers them all with one retry policy.
/// </summary>
internal sealed class Outbox(IEnumerable<INotificationChannel> channels, OutboxSignal signal, TimeProvider time) : IReplyOutbox
{
    /// <summary>The channel of replies to turns that did not ask for them in the response.</summary>
    public const string ReplyChannel = "reply";

    private readonly string[] _pingChannels = [.. channels.Where(c => c.IsEnabled && c.TakesPings).Select(c => c.Name).Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<string> Channels => _pingChannels;

    /// <summary>Queues a staff ping on every enabled ping channel.</summary>
    public Task<long> EnqueueAsync(SqliteConnection c, SqliteTransaction t, OutboxMessage message, CancellationToken ct) =>
        EnqueueAsync(c, t, message, _pingChannels, ct);

    /// <summary>Queues a message for one channel (an owner update, a reply).</summary>
    public static Task<long> EnqueueToAsync(SqliteConnection c, SqliteTransaction t, OutboxMessage message, string channel, CancellationToken ct) =>
        EnqueueAsync(c, t, message, [channel], ct);

    private static async Task<long> EnqueueAsync(SqliteConnection c, SqliteTransaction t, OutboxMessage message, IReadOnlyList<string> channels, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = await Db.ScalarAsync(c, t, """
            INSERT INTO outbox (ticket_id, ticket_number, kind, level, recipient, recipient_id, text, due_at, stage, created_at, payload, priority)
            VALUES ($ticket, $number, $kind, $level, $recipient, $recipientId, $text, $due, $stage, $created, $payload, $priority)
            RETURNING id
            """, ct,
            ("$ticket", message.TicketId), ("$number", message.Ticket), ("$kind", message.Kind), ("$level", message.Level),
            ("$recipient", message.Recipient), ("$recipientId", message.RecipientId), ("$text", StoredText.Clean(message.Text)),
            ("$due", Db.Ms(message.Due)), ("$stage", message.Stage), ("$created", Db.Ms(message.CreatedAt)), ("$payload", message.Payload),
            ("$priority", (int)message.Priority)).ConfigureAwait(false);
        foreach (var channel in channels)
        {
            await Db.ExecuteAsync(c, t, """
                INSERT INTO outbox_deliveries (outbox_id, channel, next_attempt_at) VALUES ($id, $channel, $at)
                """, ct, ("$id", id), ("$channel", channel), ("$at", Db.Ms(message.CreatedAt))).ConfigureAwait(false);
        }

        return id;
    }

    /// <inheritdoc />
    public async Task QueueRepliesAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var now = time.GetUtcNow();
        foreach (var reply in replies)
        {
            var message = new OutboxMessage(0, null, "", OutboxKinds.Reply, OutboxKinds.OwnerLevel, reply.Recipient?.Id ?? "", reply.Recipient?.Id,
                reply.Text ?? "", null, null, now, JsonSerializer.Serialize(reply, ActivityJson.Options));
            await EnqueueToAsync(connection, transaction, message, ReplyChannel, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Committed() => signal.Notify();

    /// <summary>The messages of a ticket with the state of their deliveries, oldest first (staff API, tests).</summary>
    public static async Task<IReadOnlyList<OutboxEntry>> ForTicketAsync(SqliteConnection c, long ticketId, CancellationToken ct) =>
        await QueryAsync(c, "WHERE o.ticket_id = $ticket", ct, ("$ticket", ticketId)).ConfigureAwait(false);

    /// <summary>Every message of every kind, oldest first, optionally only those whose delivery has failed for good.</summary>
    public static async Task<IReadOnlyList<OutboxEntry>> AllAsync(SqliteConnection c, bool failedOnly, CancellationToken ct) =>
        await QueryAsync(c, failedOnly ? "WHERE d.failed_at IS NOT NULL" : "", ct).ConfigureAwait(false);

    private static async Task<IReadOnlyList<OutboxEntry>> QueryAsync(SqliteConnection c, string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        using var command = Db.Command(c, null, $"""
            SELECT {Columns},
                   d.channel, d.attempts, d.sent_at, d.failed_at, d.last_error
            FROM outbox o LEFT JOIN outbox_deliveries d ON d.outbox_id = o.id
            {where}
            ORDER BY o.id, d.channel
            """, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var entries = new List<OutboxEntry>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            entries.Add(new OutboxEntry(ReadMessage(reader), Db.StringOrNull(reader, ColumnCount), reader.IsDBNull(ColumnCount + 1) ? 0 : reader.GetInt32(ColumnCount + 1),
                Db.AtOrNull(reader, ColumnCount + 2), Db.AtOrNull(reader, ColumnCount + 3), Db.StringOrNull(reader, ColumnCount + 4)));
        }

        return entries;
    }

    /// <summary>The message columns <see cref="ReadMessage"/> reads, in order.</summary>
    public const string Columns =
        "o.id, o.ticket_id, o.ticket_number, o.kind, o.level, o.recipient, o.recipient_id, o.text, o.due_at, o.stage, o.created_at, o.payload, o.priority";

    /// <summary>How many columns <see cref="Columns"/> names; a query's own columns follow them.</summary>
    public const int ColumnCount = 13;

    /// <summary>Reads the first <see cref="ColumnCount"/> columns (<see cref="Columns"/>) as a message.</summary>
    public static OutboxMessage ReadMessage(SqliteDataReader r) => new(
        r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        Db.StringOrNull(r, 6), r.GetString(7), Db.AtOrNull(r, 8), Db.StringOrNull(r, 9), Db.At(r.GetInt64(10)), Db.StringOrNull(r, 11),
        (OutboxPriority)r.GetInt32(12));
}
