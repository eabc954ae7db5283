using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Storage;

/// <summary>
/// The embedded database: one SQLite file in WAL mode with foreign keys and a busy timeout. Writers go through
/// <see cref="WriteAsync{T}"/>, which serialises them in-process (SQLite has one writer anyway; this avoids
/// busy-waiting) and commits before returning, so a reply is only sent after what it depends on is durable.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly string _synchronous;

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _synchronous = o.Synchronous;
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
                Cache = SqliteCacheMode.Private,
            }.ToString();
        }
    }

    public string ConnectionString { get; }

    public string FilePath { get; }

    /// <summary>Opens a pooled connection with the per-connection settings applied.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = 10000; PRAGMA synchronous = {_synchronous};";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction (BEGIN IMMEDIATE) and commits it.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            // Not deferred: BEGIN IMMEDIATE takes the write lock up front.
            await using var transaction = connection.BeginTransaction(deferred: false);
            var result = await work(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
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

    public void Dispose() => _writeGate.Dispose();
}
