using ConciergeBot.Notifications;
using ConciergeBot.Storage;
using ConciergeBot.Tickets.Reminders;

namespace ConciergeBot.Tickets;

/// <summary>
/// Runs a <see cref="TicketChanges"/> step in one committed write transaction, then — only after the commit —
/// wakes the outbox sender and tells the reminder scheduler about the clocks it changed (it wakes early for a
/// nearer stage).
/// </summary>
internal sealed class TicketTransactions(
    SqliteDatabase database, Outbox outbox, OutboxSignal signal, ReminderSignal reminders, IEnumerable<ITicketEventFollower> followers,
    TimeProvider time)
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
            reminders.Notify(changes.ChangedClocks);
        }

        return result;
    }
}
