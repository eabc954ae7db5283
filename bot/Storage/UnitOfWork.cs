using ConciergeBot.Dialogs.Engine;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Storage;

/// <summary>
/// A turn's writes as one transaction: the ticket a turn opens, the conversation's state, the transcript, the
/// queued replies and the record of the processed activity commit together or not at all.
/// <para>
/// The unit borrows the writer's transaction on its first write: the group-commit writer reaches the unit's
/// place in its queue, hands the connection and transaction over (a savepoint of its batch) and waits until the
/// unit is completed or abandoned. Every write of the unit runs on that transaction in a savepoint of its own (a
/// failing write fails alone, as with <see cref="SqliteDatabase.WriteAsync{T}"/>), and reads through
/// <see cref="SqliteDatabase.ReadOwnAsync{T}"/> see them. A unit that never writes never borrows.
/// </para>
/// While a unit holds the transaction the writer waits, so a unit is held only by a turn (CPU work between
/// statements, no network) and is given up after <see cref="MaxHold"/>: the writer rolls the unit back and its
/// next statement fails.
/// </summary>
public sealed class UnitOfWork : ITurnUnit
{
    internal static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(30);

    private readonly SqliteDatabase _database;
    private readonly SemaphoreSlim _use = new(1, 1);
    // Both hand-overs run their continuations inline: the turn goes on on the writer's thread (which only waits for it
    // meanwhile) and the writer commits on the turn's thread, instead of each waiting for the busy thread pool while
    // every other write waits for them.
    private readonly TaskCompletionSource _finished = new();
    private readonly List<Action> _afterCommit = [];
    private TaskCompletionSource<(SqliteConnection Connection, SqliteTransaction Transaction)>? _lent;
    private Task? _committed;
    private bool _revoked;
    private bool _closed;

    internal UnitOfWork(SqliteDatabase database) => _database = database;

    /// <summary>The database whose writer the unit borrows.</summary>
    internal SqliteDatabase Database => _database;

    /// <summary>True until the unit is committed or abandoned.</summary>
    internal bool IsOpen => !_closed;

    /// <summary>True once the unit holds the writer's transaction (it has written).</summary>
    internal bool Holds => _lent is not null;

    /// <summary>Runs <paramref name="work"/> in the unit's transaction, borrowing it first if needed.</summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_lent is null)
        {
            _lent = new();
            _committed = _database.EnqueueAsync(LendAsync, cancellationToken);
            _ = _committed.ContinueWith(t => _lent.TrySetException(t.Exception?.InnerExceptions ?? [new OperationCanceledException()]),
                CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        }
        var (connection, transaction) = await _lent.Task.ConfigureAwait(false);
        return await UseAsync(async () =>
        {
            transaction.Save("u");
            try
            {
                var result = await work(connection, transaction).ConfigureAwait(false);
                transaction.Release("u");
                return result;
            }
            catch
            {
                transaction.Rollback("u");
                transaction.Release("u");
                throw;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a read on the unit's transaction (it sees the unit's writes).</summary>
    internal async Task<T> ReadAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> read, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await _lent!.Task.ConfigureAwait(false);
        return await UseAsync(() => read(connection, transaction), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="action"/> once the unit committed (at once when there is nothing to commit).</summary>
    internal void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <summary>Commits everything the unit wrote; completes once it is durable, then runs the after-commit actions.</summary>
    public async Task CommitAsync()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        _closed = true;
        if (_committed is not null)
        {
            _finished.TrySetResult();
            await _committed.ConfigureAwait(false);
        }
        foreach (var action in _afterCommit)
        {
            action();
        }
    }

    /// <summary>Abandons the unit unless it was committed: whatever it wrote is rolled back.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_closed)
        {
            _closed = true;
            if (_committed is not null)
            {
                _finished.TrySetException(new UnitAbandonedException());
                try
                {
                    await _committed.ConfigureAwait(false);
                }
                catch (UnitAbandonedException)
                {
                    // The rollback asked for.
                }
            }
        }
        _use.Dispose();
    }

    /// <summary>The writer's side: hand the transaction over, wait for the unit, give up after <see cref="MaxHold"/>.</summary>
    private async Task<bool> LendAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        _lent!.TrySetResult((connection, transaction));
        try
        {
            await _finished.Task.WaitAsync(MaxHold).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Wait for a statement in progress, then refuse the rest: the connection is the writer's again.
            await _use.WaitAsync().ConfigureAwait(false);
            _revoked = true;
            _use.Release();
            throw;
        }
        // A statement still running (the unit completed from another flow) finishes before the writer goes on.
        await _use.WaitAsync().ConfigureAwait(false);
        _revoked = true;
        _use.Release();
        return true;
    }

    private async Task<T> UseAsync<T>(Func<Task<T>> use, CancellationToken cancellationToken)
    {
        await _use.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_revoked)
            {
                throw new TimeoutException($"The unit of work held the writer longer than {MaxHold} and was rolled back.");
            }
            return await use().ConfigureAwait(false);
        }
        finally
        {
            _use.Release();
        }
    }

    private sealed class UnitAbandonedException : Exception
    {
        public UnitAbandonedException()
            : base("The unit of work was abandoned before it committed; its writes are rolled back.")
        {
        }
    }
}
