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
