using System.Globalization;
using System.Text.Json;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Notifications;
using ConciergeBot.Storage;
using ConciergeBot.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels.Proactive;

/// <summary>
/// Tells owners how their tickets move, on the channel they used. It follows the ticket timeline with a durable
/// cursor: the updates an event calls for are queued in the same transaction that advances the cursor (so none is
/// lost or queued twice), then delivered through the owner's conversation reference with retries and backoff.
/// A queued update that keeps failing is kept with its error, not dropped.
/// </summary>
internal sealed partial class OwnerUpdateRelay(
    SqliteDatabase database,
    ConversationReferenceStore references,
    ProactiveMessenger messenger,
    KnowledgeStore knowledge,
    TimeProvider time,
    IOptions<NotificationOptions> options,
    ILogger<OwnerUpdateRelay> logger) : BackgroundService
{
    /// <summary>The roster as loaded now (roster.json is hot-reloaded).</summary>
    private Roster Roster => knowledge.Current.Roster;

    private const int Batch = 100;
    private static readonly string[] Kinds = ["accepted", "dispatched", "resolved"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CaptureAsync(stoppingToken).ConfigureAwait(false);
                await DeliverDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogLoopFailed(logger, e);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Queues the updates for timeline events after the cursor and moves it; returns how many were queued.</summary>
    public Task<int> CaptureAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(async (c, t) =>
        {
            var cursor = await Db.ScalarAsync(c, t, "SELECT last_event_id FROM owner_update_cursor WHERE id = 1", cancellationToken).ConfigureAwait(false);
            var last = await Db.ScalarAsync(c, t, "SELECT COALESCE(MAX(id), 0) FROM ticket_events", cancellationToken).ConfigureAwait(false);
            if (last <= cursor)
            {
                return 0;
            }

            var events = new List<(long EventId, string Kind, TicketFacts Ticket)>();
            using (var read = Db.Command(c, t, $"""
                SELECT e.id, e.kind, t.id, t.number, t.owner_id, t.owner_name, t.channel, t.conversation, t.assignee, t.description
                FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
                WHERE e.id > $cursor AND e.id <= $last AND e.kind IN ({string.Join(", ", Kinds.Select(k => $"'{k}'"))})
                  -- The text names the ticket's current assignee, who is the one of the latest dispatch only.
                  AND (e.kind <> 'dispatched' OR NOT EXISTS (SELECT 1 FROM ticket_events later
                       WHERE later.ticket_id = e.ticket_id AND later.kind = 'dispatched' AND later.id > e.id AND later.id <= $last))
                ORDER BY e.id
                """, ("$cursor", cursor), ("$last", last)))
            {
                await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    events.Add((reader.GetInt64(0), reader.GetString(1), new TicketFacts(
                        reader.GetInt64(2), reader.GetString(3), reader.GetString(4), Db.StringOrNull(reader, 5),
                        Db.StringOrNull(reader, 6), Db.StringOrNull(reader, 7), Db.StringOrNull(reader, 8), reader.GetString(9))));
                }
            }

            var queued = 0;
            var now = Db.Ms(time.GetUtcNow());
            foreach (var (eventId, kind, ticket) in events)
            {
                var updates = OwnerUpdateTexts.For(kind, ticket, Roster);
                for (var part = 0; part < updates.Count; part++)
                {
                    var update = updates[part];
                    queued += await Db.ExecuteAsync(c, t, """
                        INSERT OR IGNORE INTO owner_updates
                            (event_id, part, ticket_id, ticket_number, kind, user_id, reference, text, choices, created_at, next_attempt_at)
                        VALUES ($event, $part, $ticket, $number, $kind, $user, $reference, $text, $choices, $now, $now)
                        """, cancellationToken, ("$event", eventId), ("$part", part), ("$ticket", ticket.Id), ("$number", ticket.Number),
                        ("$kind", update.Kind), ("$user", ticket.OwnerId), ("$reference", ReferenceJson(ticket)), ("$text", update.Text),
                        ("$choices", update.Choices is null ? null : JsonSerializer.Serialize(update.Choices)), ("$now", now)).ConfigureAwait(false);
                }
            }

            await Db.ExecuteAsync(c, t, "UPDATE owner_update_cursor SET last_event_id = $last WHERE id = 1", cancellationToken, ("$last", last))
                .ConfigureAwait(false);
            return queued;
        }, cancellationToken);

    /// <summary>Delivers the queued updates whose time has come; returns how many were attempted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var due = await ReadDueAsync(cancellationToken).ConfigureAwait(false);
        foreach (var update in due)
        {
            try
            {
                var reference = Parse(update.Reference)
                    ?? await references.FindLatestForUserAsync(update.UserId, null, cancellationToken).ConfigureAwait(false)
                    ?? throw new NotSupportedException("the owner has no conversation the bot can write to");
                var activity = update.Choices is { Count: > 0 } choices
                    ? MessageFactory.SuggestedActions(choices, update.Text)
                    : MessageFactory.Text(update.Text);
                await messenger.SendAsync(reference, activity, "owner:" + update.Id.ToString(CultureInfo.InvariantCulture), cancellationToken)
                    .ConfigureAwait(false);
                await database.WriteAsync((c, t) => Db.ExecuteAsync(c, t,
                    "UPDATE owner_updates SET sent_at = $now, attempts = attempts + 1, last_error = NULL WHERE id = $id",
                    cancellationToken, ("$now", Db.Ms(time.GetUtcNow())), ("$id", update.Id)), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // A channel that cannot be written to proactively will not start working on a retry.
                var giveUp = e is NotSupportedException || update.Attempts + 1 >= options.Value.MaxAttempts;
                await RecordFailureAsync(update, e.Message, giveUp, cancellationToken).ConfigureAwait(false);
                LogSendFailed(logger, update.Id, update.TicketNumber, update.Attempts + 1, giveUp, e.Message);
            }
        }

        return due.Count;
    }

    private async Task<List<QueuedUpdate>> ReadDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Db.Command(connection, null, """
            SELECT id, ticket_number, user_id, reference, text, choices, attempts FROM owner_updates
            WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $now
            ORDER BY id LIMIT $limit
            """, ("$now", Db.Ms(time.GetUtcNow())), ("$limit", Batch));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var due = new List<QueuedUpdate>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            due.Add(new QueuedUpdate(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Db.StringOrNull(reader, 3),
                reader.GetString(4), Db.StringOrNull(reader, 5) is { } choices ? JsonSerializer.Deserialize<List<string>>(choices) : null,
                reader.GetInt32(6)));
        }

        return due;
    }

    private Task<int> RecordFailureAsync(QueuedUpdate update, string error, bool giveUp, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var delay = TimeSpan.FromTicks(Math.Min(o.RetryMaxDelay.Ticks, o.RetryBaseDelay.Ticks * (1L << Math.Min(update.Attempts, 30))));
        return database.WriteAsync((c, t) => Db.ExecuteAsync(c, t, """
            UPDATE owner_updates SET attempts = attempts + 1, last_error = $error, next_attempt_at = $next,
                failed_at = CASE WHEN $giveUp THEN $now ELSE NULL END
            WHERE id = $id
            """, cancellationToken, ("$error", error.Length > 500 ? error[..500] : error), ("$next", Db.Ms(now + delay)),
            ("$giveUp", giveUp), ("$now", Db.Ms(now)), ("$id", update.Id)), cancellationToken);
    }

    /// <summary>The ticket's own conversation reference, when its dialog stored one as JSON.</summary>
    private static string? ReferenceJson(TicketFacts ticket) => Parse(ticket.Conversation) is null ? null : ticket.Conversation;

    private static ConversationReference? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || !json.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            var reference = JsonSerializer.Deserialize<ConversationReference>(json, ActivityJson.Options);
            return reference is { ChannelId.Length: > 0, Conversation.Id.Length: > 0 } ? reference : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record QueuedUpdate(long Id, string TicketNumber, string UserId, string? Reference, string Text, IReadOnlyList<string>? Choices, int Attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Owner update {Id} for ticket {Ticket} failed (attempt {Attempt}, given up: {GaveUp}): {Error}")]
    private static partial void LogSendFailed(ILogger logger, long id, string ticket, int attempt, bool gaveUp, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The owner update relay failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
