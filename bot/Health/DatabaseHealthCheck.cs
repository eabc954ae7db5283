using System.Globalization;
using ConciergeBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConciergeBot.Health;

/// <summary>The database answers a query; the number of applied migrations goes into the report.</summary>
internal sealed class DatabaseHealthCheck(SqliteDatabase database) : IHealthCheck
{
    public const string MigrationsKey = "migrations";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM schema_migrations";
        var migrations = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return HealthCheckResult.Healthy(data: new Dictionary<string, object> { [MigrationsKey] = migrations });
    }
}
