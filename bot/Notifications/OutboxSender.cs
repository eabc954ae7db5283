using ConciergeBot.Storage;
using ConciergeBot.Tickets;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Notifications;

/// <summary>
/// Delivers the outbox — staff pings, owner updates and turn replies alike: every pending delivery whose time has come is handed to its channel; success is
/// recorded, failure counts an attempt, keeps the error and retries later with exponential backoff, until
/// <see cref="NotificationOptions.MaxAttempts"/> marks it failed. Due deliveries go out by <see cref="OutboxPriority"/>,
/// then oldest first. A channel at its own rate limit (<see cref="ChannelBusyException"/>) is offered nothing more until
/// it has room — no attempt is counted — so when it has, the most urgent delivery waiting is the next it gets.
/// </summary>
internal sealed partial class OutboxSender(
    SqliteDatabase database,
    IEnumerable<INotificationChannel> channels,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<NotificationOptions> options,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int Batch = 100;
    private readonly Dictionary<string, INotificationChannel> _channels = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
    private readonly NotificationOptions _options = options.Value;

    /// <summary>Channels at their own rate limit, and until when.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _busyUntil = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DeliverDueAsync(stoppingToken).ConfigureAwait(false) == Batch)
                {
                    // A full batch: there may be more waiting.
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogLoopFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over the due deliveries; returns how many were attempted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var due = await ReadDueAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (message, channelName, attempts) in due)
        {
            if (_busyUntil.ContainsKey(channelName))
            {
                continue; // became busy earlier in this pass: the delivery stays due, in its place
            }

            if (!_channels.TryGetValue(channelName, out var channel))
            {
                await RecordFailureAsync(message.Id, channelName, attempts, "channel is not configured any more", giveUp: true, cancellationToken).ConfigureAwait(false);
                continue;
            }

            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(_options.SendTimeout);
                await channel.SendAsync(message, timeout.Token).ConfigureAwait(false);
                await database.WriteAsync((c, t) => Db.ExecuteAsync(c, t, """
                    UPDATE outbox_deliveries SET sent_at = $now, attempts = attempts + 1, last_error = NULL
                    WHERE outbox_id = $id AND channel = $channel
                    """, cancellationToken, ("$now", Db.Ms(time.GetUtcNow())), ("$id", message.Id), ("$channel", channelName)),
                    cancellationToken).ConfigureAwait(false);
                LogSent(logger, message.Id, channelName, message.Kind, message.Ticket);
            }
            catch (ChannelBusyException busy) when (!cancellationToken.IsCancellationRequested)
            {
                _busyUntil[channelName] = time.GetUtcNow() + busy.RetryAfter;
                LogBusy(logger, channelName, busy.RetryAfter);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // A channel that cannot take the message (no conversation to write to, no serviceUrl) will not on a retry.
                var giveUp = ex is NotSupportedException || attempts + 1 >= _options.MaxAttempts;
                await RecordFailureAsync(message.Id, channelName, attempts, ex.Message, giveUp, cancellationToken).ConfigureAwait(false);
                LogSendFailed(logger, message.Id, channelName, attempts + 1, giveUp, ex.Message);
            }
        }

        return due.Count;
    }

    private async Task<List<(OutboxMessage Message, string Channel, int Attempts)>> ReadDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var (channel, until) in _busyUntil)
        {
            if (until <= now)
            {
                _busyUntil.TryRemove(channel, out _);
            }
        }

        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        using var command = Db.Command(connection, null, $"""
            SELECT {Outbox.Columns}, d.channel, d.attempts
            FROM outbox_deliveries d JOIN outbox o ON o.id = d.outbox_id
            WHERE d.sent_at IS NULL AND d.failed_at IS NULL AND d.next_attempt_at <= $now
              AND d.channel NOT IN (SELECT value FROM json_each($busy))
            ORDER BY o.priority, d.outbox_id
            LIMIT $limit
            """, ("$now", Db.Ms(now)), ("$busy", System.Text.Json.JsonSerializer.Serialize(_busyUntil.Keys)), ("$limit", Batch));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var due = new List<(OutboxMessage, string, int)>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            due.Add((Outbox.ReadMessage(reader), reader.GetString(Outbox.ColumnCount), reader.GetInt32(Outbox.ColumnCount + 1)));
        }

        return due;
    }

    private async Task RecordFailureAsync(long id, string channel, int attempts, string error, bool giveUp, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var delay = TimeSpan.FromTicks(Math.Min(_options.RetryMaxDelay.Ticks, _options.RetryBaseDelay.Ticks * (1L << Math.Min(attempts, 30))));
        await database.WriteAsync((c, t) => Db.ExecuteAsync(c, t, """
            UPDATE outbox_deliveries SET attempts = attempts + 1, last_error = $error, next_attempt_at = $next,
                failed_at = CASE WHEN $giveUp THEN $now ELSE NULL END
            WHERE outbox_id = $id AND channel = $channel
            """, ct, ("$error", error.Length > 500 ? error[..500] : error), ("$next", Db.Ms(now + delay)), ("$giveUp", giveUp),
            ("$now", Db.Ms(now)), ("$id", id), ("$channel", channel)), ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered outbox message {Id} via {Channel}: {Kind} for ticket {Ticket}")]
    private static partial void LogSent(ILogger logger, long id, string channel, string kind, string ticket);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} via {Channel} failed (attempt {Attempt}, given up: {GaveUp}): {Error}")]
    private static partial void LogSendFailed(ILogger logger, long id, string channel, int attempt, bool gaveUp, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox channel {Channel} is at its rate limit; its deliveries wait {RetryAfter}")]
    private static partial void LogBusy(ILogger logger, string channel, TimeSpan retryAfter);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox sender loop failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
