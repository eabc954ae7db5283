using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Storage;

/// <summary>
/// The embedded database: one SQLite file in WAL mode with foreign keys and a busy timeout.
/// Writes go through <see cref="WriteAsync{T}"/>: one writer connection applies queued writes in order,
/// several per transaction (group commit, each in its own savepoint so one failing write fails alone), and a
/// write's task completes only after its transaction committed — a reply is never sent before what it
/// depends on is durable. Reads use <see cref="ReadAsync{T}"/> on a small pool of open connections.
/// </summary>
public sealed class SqliteDatabase : IAsyncDisposable, IDisposable
{
    private const int MaxBatch = 128;

    private readonly Channel<IWriteItem> _writes = Channel.CreateUnbounded<IWriteItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentBag<SqliteConnection> _readers = [];
    private readonly string _synchronous;
    private readonly Lazy<Task> _writer;

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _synchronous = o.Synchronous;
        WalSizeLimit = o.WalSizeLimitMB * 1024L * 1024L;
        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            ConnectionString = o.ConnectionString;
            FilePath = new SqliteConnectionStringBuilder(o.ConnectionString).DataSource;
        }
        else
        {
            Directory.CreateDirectory(o.DataDirectory);
            FilePath = Path.GetFullPath(Path.Combine(o.DataDirectory, "conciergebot.db"));
            ConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = FilePath,
                ForeignKeys = true,
                DefaultTimeout = 30,
                Pooling = true,
            }.ToString();
        }
        _writer = new Lazy<Task>(StartWriter);
    }

    public string ConnectionString { get; }

    public string FilePath { get; }

    /// <summary>Bytes the write-ahead log is cut back to (<c>journal_size_limit</c> on every connection).</summary>
    public long WalSizeLimit { get; }

    /// <summary>Opens a new connection with the per-connection settings applied (caller disposes it).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = 10000; PRAGMA synchronous = {_synchronous}; PRAGMA journal_size_limit = {WalSizeLimit};";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The writer's connection: a larger page cache, and no automatic checkpoint — a commit that crossed the WAL
    /// threshold would otherwise copy the log into the database while its callers wait; <see cref="SqliteMaintenance"/>
    /// checkpoints in the background instead.
    /// </summary>
    private async Task<SqliteConnection> OpenWriterAsync()
    {
        var connection = await OpenAsync().ConfigureAwait(false);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -32768;";
        await pragma.ExecuteNonQueryAsync().ConfigureAwait(false);
        return connection;
    }

    /// <summary>Runs a read on a pooled open connection.</summary>
    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!_readers.TryTake(out var connection))
        {
            connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        var healthy = false;
        try
        {
            var result = await read(connection).ConfigureAwait(false);
            healthy = true;
            return result;
        }
        finally
        {
            if (healthy && _readers.Count < 16)
            {
                _readers.Add(connection);
            }
            else
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Queues <paramref name="work"/> to run inside a write transaction; completes after that transaction
    /// committed. An exception thrown by the work rolls back only the work's own changes and is rethrown here.
    /// Do not call <see cref="WriteAsync{T}"/> from inside the work. Inside a <see cref="UnitOfWork"/> that already
    /// holds the writer (a turn that opened a ticket) the work joins the unit instead, and commits with it.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        CurrentUnit is { Holds: true } unit ? unit.WriteAsync(work, cancellationToken) : EnqueueAsync(work, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in the current <see cref="UnitOfWork"/> (borrowing the writer's transaction if
    /// the unit has not written yet), or as <see cref="WriteAsync{T}"/> outside a unit. The work's changes are
    /// durable once the unit commits; run what must follow the commit through <see cref="AfterCommit"/>.
    /// </summary>
    public Task<T> WriteInUnitAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        CurrentUnit is { } unit ? unit.WriteAsync(work, cancellationToken) : EnqueueAsync(work, cancellationToken);

    /// <summary>
    /// Starts a unit of work for the calling flow (a turn): <see cref="WriteInUnitAsync{T}"/> calls in it commit together
    /// with <see cref="UnitOfWork.CommitAsync"/>, or roll back when it is disposed uncommitted.
    /// </summary>
    public UnitOfWork BeginUnit()
    {
        if (CurrentUnit is not null)
        {
            throw new InvalidOperationException("A unit of work is already open in this flow.");
        }
        var unit = new UnitOfWork(this);
        Ambient.Value = unit;
        return unit;
    }

    /// <summary>Runs <paramref name="action"/> once the current unit of work committed, or at once outside a unit.</summary>
    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (CurrentUnit is { } unit)
        {
            unit.AfterCommit(action);
        }
        else
        {
            action();
        }
    }

    /// <summary>
    /// A read that sees the current unit's own uncommitted writes (on its transaction) once the unit holds the
    /// writer; otherwise an ordinary pooled read (the transaction argument is then null).
    /// </summary>
    public Task<T> ReadOwnAsync<T>(Func<SqliteConnection, SqliteTransaction?, Task<T>> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        return CurrentUnit is { Holds: true } unit
            ? unit.ReadAsync((c, t) => read(c, t), cancellationToken)
            : ReadAsync(c => read(c, null), cancellationToken);
    }

    private static readonly AsyncLocal<UnitOfWork?> Ambient = new();

    private UnitOfWork? CurrentUnit => Ambient.Value is { IsOpen: true } unit && unit.Database == this ? unit : null;

    /// <summary>Queues a write item for the writer (what <see cref="WriteAsync{T}"/> does outside a unit).</summary>
    internal Task<T> EnqueueAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        var item = new WriteItem<T>(work);
        ObjectDisposedException.ThrowIf(!_writes.Writer.TryWrite(item), this);
        _ = _writer.Value;
        return item.Completion.Task;
    }

    public Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken cancellationToken = default) =>
        WriteAsync(async (c, t) =>
        {
            await work(c, t).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>Switches the file to WAL mode (persistent) — called once at start-up.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The writer runs on a thread of its own, not the thread pool: SQLite's calls are synchronous, and a commit
    /// that waits for the file's write lock (held a moment by Quartz's job store) sleeps in SQLite's busy handler.
    /// On a pool thread of a 2-core machine that sleep took one of the two threads serving turns and showed in
    /// the tail; here it delays only the writes queued behind it.
    /// </summary>
    private Task StartWriter()
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                WriterLoop();
                stopped.TrySetResult();
            }
#pragma warning disable CA1031 // Whoever disposes the database awaits the writer and receives its failure.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                stopped.TrySetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "SQLite writer",
        };
        thread.Start();
        return stopped.Task;
    }

    private void WriterLoop()
    {
        SqliteConnection? connection = null;
        var batch = new List<IWriteItem>(MaxBatch);
        var reader = _writes.Reader;
        try
        {
            while (true)
            {
                batch.Clear();
                while (batch.Count < MaxBatch && reader.TryRead(out var item))
                {
                    batch.Add(item);
                }
                if (batch.Count == 0)
                {
                    var more = reader.WaitToReadAsync();
                    if (!(more.IsCompleted ? more.Result : more.AsTask().GetAwaiter().GetResult()))
                    {
                        return;
                    }
                    continue;
                }
                try
                {
                    connection ??= OpenWriterAsync().GetAwaiter().GetResult();
                    // The work items are SQLite calls, which complete synchronously; waiting here keeps them on this thread.
                    CommitBatchAsync(connection, batch).GetAwaiter().GetResult();
                }
                catch (Exception ex) when (ex is SqliteException or InvalidOperationException or IOException)
                {
                    foreach (var item in batch)
                    {
                        item.Fail(ex);
                    }
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private static async Task CommitBatchAsync(SqliteConnection connection, List<IWriteItem> batch)
    {
        var done = new List<IWriteItem>(batch.Count);
        // Not deferred: BEGIN IMMEDIATE takes the write lock up front.
        await using (var transaction = connection.BeginTransaction(deferred: false))
        {
            foreach (var item in batch)
            {
                transaction.Save("w");
                try
                {
                    await item.RunAsync(connection, transaction).ConfigureAwait(false);
                    transaction.Release("w");
                    done.Add(item);
                }
#pragma warning disable CA1031 // The failure belongs to that write's caller, who receives it; the batch goes on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    transaction.Rollback("w");
                    transaction.Release("w");
                    item.Fail(ex);
                }
            }
            await transaction.CommitAsync().ConfigureAwait(false);
        }
        foreach (var item in done)
        {
            item.Succeed();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        if (_writer.IsValueCreated)
        {
            await _writer.Value.ConfigureAwait(false);
        }
        while (_readers.TryTake(out var connection))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private interface IWriteItem
    {
        Task RunAsync(SqliteConnection connection, SqliteTransaction transaction);

        void Succeed();

        void Fail(Exception exception);
    }

    private sealed class WriteItem<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work) : IWriteItem
    {
        private T? _result;

        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction) =>
            _result = await work(connection, transaction).ConfigureAwait(false);

        public void Succeed() => Completion.TrySetResult(_result!);

        public void Fail(Exception exception) => Completion.TrySetException(exception);
    }
}
