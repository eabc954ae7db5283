using System.Data;
using System.Data.Common;
using Quartz.Impl.AdoJobStore.Common;

namespace ConciergeBot.Knowledge;

/// <summary>
/// Quartz's connections to the service's SQLite file, set up like the service's own: a busy timeout (SQLite waits
/// for the lock instead of Microsoft.Data.Sqlite's sleep-and-retry) and the configured <c>synchronous</c> level.
/// </summary>
internal sealed class QuartzSqliteConnections(string connectionString, string synchronous) : IDbProvider
{
    private readonly DbProvider _inner = new("SQLite-Microsoft", connectionString);

    public string ConnectionString => _inner.ConnectionString;

    public DbMetadata Metadata => _inner.Metadata;

    public DbCommand CreateCommand() => _inner.CreateCommand();

    public DbConnection CreateConnection()
    {
        var connection = _inner.CreateConnection();
        connection.StateChange += (sender, e) =>
        {
            if (e.CurrentState == ConnectionState.Open && sender is DbConnection opened)
            {
                using var pragma = opened.CreateCommand();
                pragma.CommandText = $"PRAGMA busy_timeout = 10000; PRAGMA synchronous = {synchronous};";
                pragma.ExecuteNonQuery();
            }
        };
        return connection;
    }

    public void Shutdown() => _inner.Shutdown();
}
