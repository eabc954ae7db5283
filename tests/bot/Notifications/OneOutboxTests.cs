using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Harness;
using ConciergeBot.Tickets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Notifications;

/// <summary>
/// One outbox for everything that leaves the service: turn replies, owner updates and staff pings share its table,
/// its delivery loop, its retry policy and its failure view (real SQLite files, real HTTP on 127.0.0.1).
/// </summary>
public sealed class OneOutboxTests
{
    private const string StaffToken = "one-outbox-manager-token-0001";

    private static Dictionary<string, string?> Fast(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:PollInterval"] = "00:00:00.100",
            ["Notifications:RetryBaseDelay"] = "00:00:00.100",
            ["Notifications:RetryMaxDelay"] = "00:00:00.200",
            ["Staff:Tokens:manager-sunqiang"] = StaffToken,
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException(what);
            }

            await Task.Delay(25);
        }
    }

    [Fact]
    public async Task A_reply_to_a_turn_without_expectReplies_survives_a_restart_between_commit_and_delivery_and_arrives_once()
    {
        var accepting = false;
        await using var channel = await RecordingServer.StartAsync((_, _) =>
            Volatile.Read(ref accepting) ? (Results.Ok(new { id = "x" }), true) : (Results.StatusCode(503), false));
        var directory = TempDirectory.Create();
        long replies;
        await using (var first = new BotHost(directory, settings: Fast(("Messages:AllowedServiceUrls:fake:0", channel.BaseUrl.ToString()))))
        {
            using var response = await first.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(
                $$$"""{"type":"message","id":"in-7","text":"你好","serviceUrl":"{{{channel.BaseUrl}}}","channelId":"fake","from":{"id":"u7"},"conversation":{"id":"conv-7"},"recipient":{"id":"bot"}}""",
                Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            // Acknowledged means committed: the replies are in the outbox with the turn's transcript.
            replies = first.Count("SELECT COUNT(*) FROM outbox WHERE kind = 'reply'");
            Assert.True(replies >= 1);
            Assert.Equal(replies, first.Count("SELECT COUNT(*) FROM outbox_deliveries d JOIN outbox o ON o.id = d.outbox_id WHERE o.kind = 'reply' AND d.channel = 'reply'"));
            Assert.True(first.Count("SELECT COUNT(*) FROM transcript WHERE outbound = 1") >= replies);
            Assert.True(await first.WaitUntilAsync("SELECT COUNT(*) FROM outbox_deliveries WHERE channel = 'reply' AND attempts > 0", replies, TimeSpan.FromSeconds(10)));
        }

        Assert.Empty(channel.Accepted);
        Volatile.Write(ref accepting, true);
        await using (var restarted = new BotHost(directory, settings: Fast(("Messages:AllowedServiceUrls:fake:0", channel.BaseUrl.ToString()))))
        {
            _ = restarted.Services;
            await WaitForAsync(() => channel.Accepted.Count >= replies, TimeSpan.FromSeconds(10), "the reply was not delivered after the restart");
            await Task.Delay(700);
            Assert.Equal(replies, channel.Accepted.Count);
            var reply = JsonDocument.Parse(channel.Accepted.First()).RootElement;
            Assert.Equal("in-7", reply.GetProperty("replyToId").GetString());
            Assert.Equal("u7", reply.GetProperty("recipient").GetProperty("id").GetString());
            Assert.True(await restarted.WaitUntilAsync(
                "SELECT COUNT(*) FROM outbox_deliveries WHERE channel = 'reply' AND sent_at IS NOT NULL AND attempts >= 2", replies, TimeSpan.FromSeconds(10)));
        }
    }

    [Fact]
    public async Task An_owner_update_and_a_staff_ping_go_through_the_same_table_and_failure_view()
    {
        await using var webhook = await RecordingServer.StartAsync((_, _) => (Results.StatusCode(500), false));
        await using var host = new BotHost(settings: Fast(("Notifications:Webhook:Url", webhook.BaseUrl.ToString()), ("Notifications:MaxAttempts", "2")));
        var desk = host.Services.GetRequiredService<ITicketDesk>();
        var opened = await desk.OpenAsync(new TicketDraft("repair.simple", null, new TicketOwner("owner-with-no-chat", "王先生", Channel: "api"),
            TicketPlace.Flat(3, 2, "1202"), "厨房水龙头坏了"), default);
        var id = host.Count($"SELECT id FROM tickets WHERE number = '{opened.Number}'");
        var lijing = host.Services.GetRequiredService<Roster>().FindById("assistant-lijing")!;
        await host.Services.GetRequiredService<TicketWorkflow>().MoveAsync(id, TicketState.Accepted, Actor.Staff(lijing), null, null, default);

        // Both in the one table, each with its delivery row.
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM outbox o JOIN outbox_deliveries d ON d.outbox_id = o.id WHERE o.ticket_id = {id} AND o.kind = 'opened' AND d.channel = 'webhook'"));
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM outbox o JOIN outbox_deliveries d ON d.outbox_id = o.id WHERE o.ticket_id = {id} AND o.kind = 'accepted' AND o.level = 'owner' AND d.channel = 'owner'"));

        // The owner update cannot go anywhere (no conversation): failed at once; the ping fails two outbox attempts against
        // a 500, each tried three times in place by the HTTP client's resilience handler.
        Assert.True(await host.WaitUntilAsync($"SELECT COUNT(*) FROM outbox_deliveries d JOIN outbox o ON o.id = d.outbox_id WHERE o.ticket_id = {id} AND d.failed_at IS NOT NULL", 2, TimeSpan.FromSeconds(10)));
        Assert.Equal(2 * 3, webhook.Calls);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications/outbox?failed=true");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StaffToken);
        using var response = await host.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failed = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Select(e => (Kind: e.GetProperty("kind").GetString(), Channel: e.GetProperty("channel").GetString(), Error: e.GetProperty("lastError").GetString()))
            .ToList();
        Assert.Contains(failed, f => f is { Kind: "opened", Channel: "webhook" });
        Assert.Contains(failed, f => f.Kind == "accepted" && f.Channel == "owner" && f.Error!.Contains("no conversation", StringComparison.Ordinal));
    }
}
