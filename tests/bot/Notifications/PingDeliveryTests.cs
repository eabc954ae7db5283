using ConciergeBot.Notifications;
using ConciergeBot.Storage;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Harness;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Notifications;

/// <summary>Pings through the real outbox and sender to a local WeCom robot, across restarts of the real host.</summary>
public sealed class PingDeliveryTests
{
    private static Dictionary<string, string?> Settings(RecordingServer robot, string pollInterval = "00:00:00.100", int maxAttempts = 20) => new()
    {
        ["Notifications:WeCom:WebhookUrl"] = new Uri(robot.BaseUrl, "cgi-bin/webhook/send?key=KEY").ToString(),
        ["Notifications:PollInterval"] = pollInterval,
        ["Notifications:RetryBaseDelay"] = "00:00:00.100",
        ["Notifications:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task EnqueueAsync(BotHost host, OutboxMessage message)
    {
        var database = host.Services.GetRequiredService<SqliteDatabase>();
        var outbox = host.Services.GetRequiredService<Outbox>();
        await database.WriteAsync((c, t) => outbox.EnqueueAsync(c, t, message, default));
    }

    [Fact]
    public async Task A_ping_queued_before_a_restart_is_sent_after_it_and_only_once()
    {
        await using var robot = await RecordingServer.StartAsync((_, _) => (Results.Json(new { errcode = 0, errmsg = "ok" }), true));
        var directory = TempDirectory.Create();
        const string Wecom = "SELECT COUNT(*) FROM outbox_deliveries WHERE channel = 'wecom' AND sent_at IS NOT NULL";

        // Queued while the sender sleeps (an hour between polls, no wake-up): the process then goes away unsent.
        await using (var first = new BotHost(directory, settings: Settings(robot, pollInterval: "01:00:00")))
        {
            _ = first.Services;
            await Task.Delay(300);
            await EnqueueAsync(first, PingMessages.ForLiJing(text: "重启前排队的提醒"));
            await Task.Delay(300);
            Assert.Equal(0, first.Count(Wecom));
        }

        Assert.Empty(robot.Received);
        await using (var second = new BotHost(directory, settings: Settings(robot)))
        {
            _ = second.Services;
            Assert.True(await second.WaitUntilAsync(Wecom, 1, TimeSpan.FromSeconds(10)));
            await Task.Delay(500);
        }

        await using (var third = new BotHost(directory, settings: Settings(robot)))
        {
            _ = third.Services;
            await Task.Delay(700);
        }

        var delivered = System.Text.Json.Nodes.JsonNode.Parse(Assert.Single(robot.Accepted))!;
        Assert.Equal("重启前排队的提醒", delivered["text"]!["content"]!.GetValue<string>());
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_ping_that_keeps_failing_is_kept_as_failed_with_its_error()
    {
        await using var robot = await RecordingServer.StartAsync((_, _) => (Results.Json(new { errcode = 45009, errmsg = "api freq out of limit" }), false));
        await using var host = new BotHost(settings: Settings(robot, maxAttempts: 3));
        _ = host.Services;

        await EnqueueAsync(host, PingMessages.ForLiJing());
        host.Services.GetRequiredService<OutboxSignal>().Notify();

        Assert.True(await host.WaitUntilAsync("SELECT COUNT(*) FROM outbox_deliveries WHERE channel = 'wecom' AND failed_at IS NOT NULL", 1, TimeSpan.FromSeconds(10)));
        await using var connection = await host.Services.GetRequiredService<SqliteDatabase>().OpenAsync();
        var failed = Assert.Single(await Outbox.AllAsync(connection, failedOnly: true, default));
        Assert.Equal("wecom", failed.Channel);
        Assert.Equal(3, failed.Attempts);
        Assert.Contains("45009", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(3, robot.Calls);
    }
}
