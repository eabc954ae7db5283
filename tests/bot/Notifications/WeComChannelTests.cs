using ConciergeBot.Knowledge.Store;
using Microsoft.Extensions.Logging.Abstractions;
using System.Text;
using System.Text.Json.Nodes;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Notifications;
using ConciergeBot.Notifications.WeCom;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Harness;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tests.Bot.Notifications;

public sealed class WeComChannelTests
{
    private static readonly KnowledgeStore Knowledge = new(new EstateOptions(), NullLogger<KnowledgeStore>.Instance, TimeProvider.System, watch: false);

    private static (WeComChannel Channel, ServiceProvider Services) Create(Uri robot, TimeProvider time, string format = "text", TimeSpan? maxQueueWait = null)
    {
        var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var options = Options.Create(new WeComOptions
        {
            WebhookUrl = new Uri(robot, "cgi-bin/webhook/send?key=KEY"),
            Format = format,
            MaxQueueWait = maxQueueWait ?? TimeSpan.FromSeconds(8),
        });
        return (new WeComChannel(services.GetRequiredService<IHttpClientFactory>(), options, Knowledge, time), services);
    }

    private static (IResult, bool) Ok() => (Results.Json(new { errcode = 0, errmsg = "ok" }), true);

    [Fact]
    public async Task Text_ping_mentions_the_recipient_by_mobile()
    {
        await using var robot = await RecordingServer.StartAsync((_, _) => Ok());
        var (channel, services) = Create(robot.BaseUrl, TimeProvider.System);
        using var _ = services;

        await channel.SendAsync(PingMessages.ForLiJing(), default);

        var (path, body) = Assert.Single(robot.Received);
        Assert.Equal("/cgi-bin/webhook/send?key=KEY", path);
        var json = JsonNode.Parse(body)!;
        Assert.Equal("text", json["msgtype"]!.GetValue<string>());
        Assert.Contains("3栋1202", json["text"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("13800008101", json["text"]!["mentioned_mobile_list"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Markdown_ping_and_size_limits_hold()
    {
        await using var robot = await RecordingServer.StartAsync((_, _) => Ok());
        var (markdown, services) = Create(robot.BaseUrl, TimeProvider.System, "markdown");
        var (text, services2) = Create(robot.BaseUrl, TimeProvider.System);
        using var _ = services;
        using var __ = services2;

        await markdown.SendAsync(PingMessages.ForLiJing(text: new string('噪', 3000)), default);
        await text.SendAsync(PingMessages.ForLiJing(text: new string('噪', 3000)), default);

        var bodies = robot.Received.Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.Equal("markdown", bodies[0]["msgtype"]!.GetValue<string>());
        Assert.StartsWith("**工单 20261122-0001**", bodies[0]["markdown"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(bodies[0]["markdown"]!["content"]!.GetValue<string>()) <= 4096);
        Assert.True(Encoding.UTF8.GetByteCount(bodies[1]["text"]!["content"]!.GetValue<string>()) <= 2048);
    }

    [Fact]
    public async Task A_nonzero_errcode_fails_the_attempt()
    {
        await using var robot = await RecordingServer.StartAsync((_, _) => (Results.Json(new { errcode = 93000, errmsg = "invalid webhook url" }), false));
        var (channel, services) = Create(robot.BaseUrl, TimeProvider.System);
        using var _ = services;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => channel.SendAsync(PingMessages.ForLiJing(), default));
        Assert.Contains("93000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_21st_ping_in_a_minute_waits_for_a_free_slot()
    {
        await using var robot = await RecordingServer.StartAsync((_, _) => Ok());
        var clock = new ManualClock();
        var (channel, services) = Create(robot.BaseUrl, clock, maxQueueWait: TimeSpan.FromMinutes(2));
        using var _ = services;

        for (var i = 1; i <= 20; i++)
        {
            await channel.SendAsync(PingMessages.ForLiJing(i), default);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var twentyFirst = channel.SendAsync(PingMessages.ForLiJing(21), default);
        await Task.Delay(300);
        Assert.False(twentyFirst.IsCompleted);
        Assert.Equal(20, robot.Received.Count);

        clock.Advance(TimeSpan.FromSeconds(41)); // the first ping's minute is over
        await twentyFirst.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(21, robot.Received.Count);
    }

    [Fact]
    public async Task A_ping_that_would_wait_too_long_goes_back_to_the_outbox()
    {
        await using var robot = await RecordingServer.StartAsync((_, _) => Ok());
        var clock = new ManualClock();
        var (channel, services) = Create(robot.BaseUrl, clock);
        using var _ = services;
        for (var i = 1; i <= 20; i++)
        {
            await channel.SendAsync(PingMessages.ForLiJing(i), default);
        }

        var error = await Assert.ThrowsAsync<ChannelBusyException>(() => channel.SendAsync(PingMessages.ForLiJing(21), default));

        Assert.Contains("20 a minute", error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(1), error.RetryAfter); // all twenty went at the same instant
        Assert.Equal(20, robot.Received.Count);
    }
}
