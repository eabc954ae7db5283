using System.Diagnostics;
using System.Text.Json.Nodes;
using ConciergeBot.Notifications.Discord;
using ConciergeBot.Tests.Bot.Channels;
using Microsoft.AspNetCore.Http;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tests.Bot.Notifications;

public sealed class DiscordChannelTests
{
    private static readonly KnowledgeStore Knowledge = new(new EstateOptions(), NullLogger<KnowledgeStore>.Instance, TimeProvider.System, watch: false);

    private static (DiscordChannel Channel, ServiceProvider Services) Create(Uri webhook)
    {
        var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var options = Options.Create(new DiscordOptions { WebhookUrl = new Uri(webhook, "api/webhooks/1/token") });
        return (new DiscordChannel(services.GetRequiredService<IHttpClientFactory>(), options, Knowledge, TimeProvider.System), services);
    }

    [Fact]
    public async Task Ping_is_posted_as_content_without_mentions()
    {
        await using var discord = await RecordingServer.StartAsync((_, _) => (Results.NoContent(), true));
        var (channel, services) = Create(discord.BaseUrl);
        using var _ = services;

        await channel.SendAsync(PingMessages.ForLiJing(), default);

        var json = JsonNode.Parse(Assert.Single(discord.Received).Body)!;
        Assert.Contains("20261122-0001", json["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("李静", json["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(json["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal("翠湖苑工单提醒", json["username"]!.GetValue<string>()); // the estate's name, from estate.json
    }

    [Fact]
    public async Task A_429_is_honoured_by_waiting_retry_after_then_sending_again()
    {
        await using var discord = await RecordingServer.StartAsync((call, _) => call == 1
            ? (Results.Json(new { message = "You are being rate limited.", retry_after = 0.4, global = false }, statusCode: 429), false)
            : (Results.NoContent(), true));
        var (channel, services) = Create(discord.BaseUrl);
        using var _ = services;

        var watch = Stopwatch.StartNew();
        await channel.SendAsync(PingMessages.ForLiJing(), default);

        Assert.Equal(2, discord.Calls);
        Assert.Single(discord.Accepted);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(390), $"waited only {watch.Elapsed}");
    }

    [Fact]
    public async Task A_long_retry_after_fails_the_attempt_for_the_outbox_to_retry()
    {
        await using var discord = await RecordingServer.StartAsync((_, _) =>
            (Results.Json(new { message = "You are being rate limited.", retry_after = 60.0, global = false }, statusCode: 429), false));
        var (channel, services) = Create(discord.BaseUrl);
        using var _ = services;

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => channel.SendAsync(PingMessages.ForLiJing(), default));

        Assert.Contains("retry after 60", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, discord.Calls);
    }
}
