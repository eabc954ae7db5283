using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConciergeBot.Health;

/// <summary>
/// <c>GET /healthz</c>: <c>200 {"status":"ok","database":"ok","migrations":N}</c> when every check passes,
/// <c>503</c> with <c>"unhealthy"</c> otherwise. Only statuses are written — a failing check's exception goes to the
/// log, never into the response.
/// </summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteAsync });
        return app;
    }

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", Word(report.Status));
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteString(name, Word(entry.Status));
            if (entry.Data.TryGetValue(DatabaseHealthCheck.MigrationsKey, out var migrations) && migrations is long count)
            {
                json.WriteNumber(DatabaseHealthCheck.MigrationsKey, count);
            }
        }

        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    private static string Word(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "ok",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
