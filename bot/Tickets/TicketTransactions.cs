using ConciergeBot.Notifications;
using ConciergeBot.Storage;

namespace ConciergeBot.Tickets;

/// <summary>
/// Runs a <see cref="TicketChanges"/> step in one committed write transaction, then — only after the commit —
/// wakes the outbox sender and reschedules the reminders of the clocks it changed.
/// </summary>
internal sealed partial class TicketTransactions(
    SqliteDatabase database, Outbox outbox, OutboxSignal signal, IClockScheduler scheduler, IEnumerable<ITicketEventFollower> followers,
    TimeProvider time, ILogger<TicketTransactions> logger)
{
    private readonly ITicketEventFollower[] _followers = [.. followers];

    public async Task<T> RunAsync<T>(Func<TicketChanges, Task<T>> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        TicketChanges? changes = null;
        var result = await database.WriteAsync(async (connection, transaction) =>
        {
            changes = new TicketChanges(connection, transaction, time.GetUtcNow(), outbox, _followers, cancellationToken);
            return await step(changes).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        if (changes!.Pings > 0)
        {
            signal.Notify();
        }

        if (changes.ChangedClocks.Count > 0)
        {
            try
            {
                await scheduler.SyncAsync(changes.ChangedClocks, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogScheduleFailed(logger, ex);
            }
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not schedule reminders; the sweep will catch them")]
    private static partial void LogScheduleFailed(ILogger logger, Exception exception);
}
