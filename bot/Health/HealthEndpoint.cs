using ConciergeBot.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConciergeBot.Health;

/// <summary><c>GET /healthz</c>: 200 when the database answers, 503 otherwise.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", CheckAsync);
        return app;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(SqliteDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM schema_migrations";
            var migrations = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Ok(new HealthReport("ok", "ok", migrations));
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or IOException)
        {
            return TypedResults.Json(new HealthReport("unhealthy", ex.Message, 0), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}

/// <summary>Health: overall status, the database check, applied migrations.</summary>
public sealed record HealthReport(string Status, string Database, long Migrations);
