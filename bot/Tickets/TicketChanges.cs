using ConciergeBot.Notifications;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Tickets;

/// <summary>
/// One business step on tickets inside one write transaction: it reads and writes through the same
/// connection, appends timeline events, queues pings in the outbox and remembers which clocks changed so the
/// reminder scheduler can be told once the transaction has committed.
/// </summary>
internal sealed class TicketChanges(
    SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now, Outbox outbox,
    IReadOnlyList<ITicketEventFollower> followers, CancellationToken cancellationToken)
{
    private readonly Dictionary<long, TicketClock> _clocks = [];

    public SqliteConnection Connection => connection;

    public SqliteTransaction Transaction => transaction;

    /// <summary>The instant of this step, read once the write lock was held.</summary>
    public DateTimeOffset Now => now;

    public CancellationToken CancellationToken => cancellationToken;

    public IReadOnlyCollection<TicketClock> ChangedClocks => _clocks.Values;

    public int Pings { get; private set; }

    public Task<Ticket?> LoadAsync(long id) => TicketStore.LoadAsync(connection, transaction, id, cancellationToken);

    public Task<Ticket?> LoadByNumberAsync(string number) => TicketStore.LoadByNumberAsync(connection, transaction, number, cancellationToken);

    /// <summary>Saves a clock (inserted when new) and remembers it for the reminder scheduler.</summary>
    public async Task<TicketClock> SaveClockAsync(TicketClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (clock.Id == 0)
        {
            clock = await TicketStore.InsertClockAsync(connection, transaction, clock, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await TicketStore.UpdateClockAsync(connection, transaction, clock, cancellationToken).ConfigureAwait(false);
        }

        _clocks[clock.Id] = clock;
        return clock;
    }

    public Task SaveTicketAsync(Ticket ticket) =>
        TicketStore.UpdateTicketAsync(connection, transaction, ticket with { UpdatedAt = now }, cancellationToken);

    public async Task EventAsync(Ticket ticket, Actor actor, string kind, string? detail, TicketClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await TicketStore.AppendEventAsync(connection, transaction, ticket.Id, clock?.Id, now, actor, kind, detail, cancellationToken).ConfigureAwait(false);
        foreach (var follower in followers)
        {
            await follower.OnEventAsync(this, ticket, kind).ConfigureAwait(false);
        }
    }

    public async Task<long> PingAsync(OutboxMessage message)
    {
        Pings++;
        return await outbox.EnqueueAsync(connection, transaction, message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Queues a message for one outbox channel (an owner update).</summary>
    public async Task<long> SendAsync(OutboxMessage message, string channel)
    {
        Pings++;
        return await Outbox.EnqueueToAsync(connection, transaction, message, channel, cancellationToken).ConfigureAwait(false);
    }
}
