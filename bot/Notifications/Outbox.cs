using ConciergeBot.Tickets;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Notifications;

/// <summary>
/// The durable outbox: a ping is inserted in the transaction of the event that causes it, with one delivery
/// row per enabled channel, so a committed event always gets its pings and a rolled-back one never does.
/// </summary>
internal sealed class Outbox(IEnumerable<INotificationChannel> channels)
{
    private readonly string[] _channels = [.. channels.Where(c => c.IsEnabled).Select(c => c.Name).Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<string> Channels => _channels;

    public async Task<long> EnqueueAsync(SqliteConnection c, SqliteTransaction t, OutboxMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = await Db.ScalarAsync(c, t, """
            INSERT INTO outbox (ticket_id, ticket_number, kind, level, recipient, recipient_id, text, due_at, stage, created_at)
            VALUES ($ticket, $number, $kind, $level, $recipient, $recipientId, $text, $due, $stage, $created)
            RETURNING id
            """, ct,
            ("$ticket", message.TicketId), ("$number", message.Ticket), ("$kind", message.Kind), ("$level", message.Level),
            ("$recipient", message.Recipient), ("$recipientId", message.RecipientId), ("$text", message.Text),
            ("$due", Db.Ms(message.Due)), ("$stage", message.Stage), ("$created", Db.Ms(message.CreatedAt))).ConfigureAwait(false);
        foreach (var channel in _channels)
        {
            await Db.ExecuteAsync(c, t, """
                INSERT INTO outbox_deliveries (outbox_id, channel, next_attempt_at) VALUES ($id, $channel, $at)
                """, ct, ("$id", id), ("$channel", channel), ("$at", Db.Ms(message.CreatedAt))).ConfigureAwait(false);
        }

        return id;
    }

    /// <summary>The pings of a ticket with the state of their deliveries, oldest first (staff API, tests).</summary>
    public static async Task<IReadOnlyList<OutboxEntry>> ForTicketAsync(SqliteConnection c, long ticketId, CancellationToken ct) =>
        await QueryAsync(c, "WHERE o.ticket_id = $ticket", ct, ("$ticket", ticketId)).ConfigureAwait(false);

    /// <summary>Every ping, oldest first, optionally only those whose delivery has failed for good.</summary>
    public static async Task<IReadOnlyList<OutboxEntry>> AllAsync(SqliteConnection c, bool failedOnly, CancellationToken ct) =>
        await QueryAsync(c, failedOnly ? "WHERE d.failed_at IS NOT NULL" : "", ct).ConfigureAwait(false);

    private static async Task<IReadOnlyList<OutboxEntry>> QueryAsync(SqliteConnection c, string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        using var command = Db.Command(c, null, $"""
            SELECT o.id, o.ticket_id, o.ticket_number, o.kind, o.level, o.recipient, o.recipient_id, o.text, o.due_at, o.stage, o.created_at,
                   d.channel, d.attempts, d.sent_at, d.failed_at, d.last_error
            FROM outbox o LEFT JOIN outbox_deliveries d ON d.outbox_id = o.id
            {where}
            ORDER BY o.id, d.channel
            """, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var entries = new List<OutboxEntry>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            entries.Add(new OutboxEntry(ReadMessage(reader), Db.StringOrNull(reader, 11), reader.IsDBNull(12) ? 0 : reader.GetInt32(12),
                Db.AtOrNull(reader, 13), Db.AtOrNull(reader, 14), Db.StringOrNull(reader, 15)));
        }

        return entries;
    }

    /// <summary>Reads the first eleven columns (o.id .. o.created_at) as a message.</summary>
    public static OutboxMessage ReadMessage(SqliteDataReader r) => new(
        r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        Db.StringOrNull(r, 6), r.GetString(7), Db.AtOrNull(r, 8), Db.StringOrNull(r, 9), Db.At(r.GetInt64(10)));
}
