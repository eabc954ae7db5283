using ConciergeBot.Notifications;
using ConciergeBot.Storage;
using ConciergeBot.Tickets.Reminders;

namespace ConciergeBot.Tickets;

/// <summary>
/// Runs a <see cref="TicketChanges"/> step in one write transaction — the turn's, when a turn calls — then, only after the commit,
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
        // In a turn this joins the turn's unit of work: the ticket commits with the turn's state, or not at all.
        var result = await database.WriteInUnitAsync(async (connection, transaction) =>
        {
            changes = new TicketChanges(connection, transaction, time.GetUtcNow(), outbox, _followers, cancellationToken);
            return await step(changes).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        var pinged = changes!.Pings > 0;
        var clocks = changes.ChangedClocks;
        database.AfterCommit(() =>
        {
            if (pinged)
            {
                signal.Notify();
            }

            if (clocks.Count > 0)
            {
                reminders.Notify(clocks);
            }
        });
        return result;
    }
}
