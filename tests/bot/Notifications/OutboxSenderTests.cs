using System.Net;
using System.Text.Json;
using ConciergeBot.Notifications;
using ConciergeBot.Tests.Bot.Tickets;

namespace ConciergeBot.Tests.Bot.Notifications;

public sealed class OutboxSenderTests
{
    [Fact]
    public async Task Failed_deliveries_are_retried_with_backoff_and_the_error_stays_visible()
    {
        await using var h = await TicketHarness.StartAsync();
        h.Channel.FailuresToInject = 2;
        await h.OpenAsync("repair.urgent", "停水了");

        Assert.Empty(await h.DeliverAsync());                 // attempt 1 fails, next in 1 s
        var entry = Assert.Single(await h.OutboxAsync());
        Assert.Equal((1, "receiver down", (DateTimeOffset?)null), (entry.Attempts, entry.LastError, entry.SentAt));

        Assert.Empty(await h.DeliverAsync());                 // not yet due again
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(await h.DeliverAsync());                 // attempt 2 fails, next in 2 s
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(await h.DeliverAsync());
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        var delivered = Assert.Single(await h.DeliverAsync());  // attempt 3 succeeds

        entry = Assert.Single(await h.OutboxAsync());
        Assert.Equal((3, (string?)null, h.Clock.GetUtcNow()), (entry.Attempts, entry.LastError, entry.SentAt!.Value));
        Assert.Equal(entry.Message.Id, delivered.Id);
        Assert.Empty(await h.DeliverAsync());                 // never sent twice
    }

    [Fact]
    public async Task A_delivery_is_given_up_after_the_maximum_attempts_and_shown_as_failed()
    {
        await using var h = await TicketHarness.StartAsync(settings: new Dictionary<string, string?> { ["Notifications:MaxAttempts"] = "2" });
        h.Channel.FailuresToInject = 5;
        await h.OpenAsync("repair.urgent", "停水了");

        await h.DeliverAsync();
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await h.DeliverAsync();
        h.Clock.Advance(TimeSpan.FromMinutes(10));
        await h.DeliverAsync();

        var entry = Assert.Single(await h.OutboxAsync());
        Assert.Equal(2, entry.Attempts);
        Assert.NotNull(entry.FailedAt);
        Assert.Equal(3, h.Channel.FailuresToInject);
    }

    [Fact]
    public async Task Behind_a_rate_limited_channel_an_emergency_ping_overtakes_a_flood_of_ordinary_ones()
    {
        await using var h = await TicketHarness.StartAsync();
        h.Channel.LimitTo(20, TimeSpan.FromMinutes(1), h.Clock);
        for (var i = 0; i < 45; i++)
        {
            await h.OpenAsync("repair.simple", $"灯泡坏了 {i}", user: $"flooder-{i}");
        }

        Assert.Equal(20, (await h.DeliverAsync()).Count);    // the channel's minute is full after twenty
        h.Clock.Advance(TimeSpan.FromSeconds(10));
        var emergency = await h.OpenAsync("emergency", "电梯困人了，快来人", user: "owner-in-need");
        Assert.Empty(await h.DeliverAsync());                 // still full: nothing is sent, nothing counts as an attempt

        h.Clock.Advance(TimeSpan.FromSeconds(50));             // the first minute is over
        var next = await h.DeliverAsync();
        Assert.Equal(20, next.Count);
        // The emergency's pings (its assistant, and the supervisor at once) go before the 25 older ordinary ones.
        Assert.Equal([emergency.Number, emergency.Number], next.Take(2).Select(m => m.Ticket));
        Assert.All(next.Skip(2), m => Assert.NotEqual(emergency.Number, m.Ticket));
        Assert.Equal(OutboxPriority.Urgent, next[0].Priority);

        var waiting = (await h.OutboxAsync()).Where(e => e.SentAt is null).ToList();
        Assert.Equal(45 + 2 - 40, waiting.Count);
        Assert.All(waiting, e => Assert.Equal((0, (string?)null, (DateTimeOffset?)null), (e.Attempts, e.LastError, e.FailedAt)));
    }

    [Fact]
    public async Task The_webhook_posts_the_documented_json_with_the_outbox_id_as_idempotency_key()
    {
        var port = 5391;
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/hook/");
        listener.Start();
        await using var h = await TicketHarness.StartAsync(settings: new Dictionary<string, string?> { ["Notifications:Webhook:Url"] = $"http://127.0.0.1:{port}/hook/" });
        var opened = await h.OpenAsync("repair.urgent", "卫生间水管爆了，水漫出来了");

        var receive = listener.GetContextAsync();
        var deliver = h.DeliverAsync();
        var context = await receive;
        using var body = await JsonDocument.ParseAsync(context.Request.InputStream);
        context.Response.StatusCode = 204;
        context.Response.Close();
        await deliver;

        var root = body.RootElement;
        Assert.Equal(opened.Number, root.GetProperty("ticket").GetString());
        Assert.Equal("opened", root.GetProperty("kind").GetString());
        Assert.Equal("assistant", root.GetProperty("level").GetString());
        Assert.Equal("王磊", root.GetProperty("to").GetString());
        Assert.Contains("卫生间水管爆了", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(opened.Due, root.GetProperty("due").GetDateTimeOffset());
        Assert.Equal(root.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), context.Request.Headers["Idempotency-Key"]);
        Assert.Contains(await h.OutboxAsync(), e => e.Channel == "webhook" && e.SentAt is not null);
    }
}
