using System.Net;
using System.Text.Json;
using ConciergeBot.Tests.Bot.Channels;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task A_healthy_service_reports_ok_with_its_migrations()
    {
        await using var host = new BotHost();
        using var response = await host.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal("ok", body.GetProperty("database").GetString());
        Assert.True(body.GetProperty("migrations").GetInt64() >= 1);
    }

    [Fact]
    public async Task A_failing_check_answers_503_without_its_exception_text()
    {
        await using var host = new BotHost(services: s => s.AddHealthChecks()
            .AddCheck("knowledge", () => throw new InvalidOperationException("secret path /etc/estate is unreadable")));
        using var response = await host.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("unhealthy", body.GetProperty("knowledge").GetString());
        Assert.Equal("ok", body.GetProperty("database").GetString());
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
    }
}
