using System.Text.Json.Nodes;
using ConciergeBot.Dialogs.Requests;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Notifications.Discord;
using ConciergeBot.Notifications.Webhook;
using ConciergeBot.Notifications.WeCom;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Notifications;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Bot.Tickets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tests.Bot.Notifications;

/// <summary>
/// The owner's phone in the real ping texts: in full only in the ping to the ticket's assignee, masked for the
/// supervisor and the manager, and masked in every group room (WeCom, Discord) whoever the ping is for.
/// </summary>
public sealed class PhoneMaskingTests
{
    private const string Full = "13812345678";
    private const string Masked = "138****5678";

    [Fact]
    public async Task Only_the_assignee_reads_the_full_number_along_the_ladder()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("emergency", $"楼道里有很浓的煤气味，联系电话 {Full}", TicketPlace.Flat(3, 2, "1202"));
        var atOpen = await h.DeliverAsync();
        var ladder = new List<OutboxMessage>(atOpen);
        for (var minutes = 1; minutes <= 60; minutes++)
        {
            ladder.AddRange(await h.AtAsync(TicketHarness.DefaultStart.AddMinutes(minutes)));
        }

        var assignee = (await h.TicketAsync(opened.Number)).Assignee;
        Assert.Equal("assistant-wanglei", assignee);
        Assert.Contains(ladder, m => m.Level == "supervisor");
        Assert.Contains(ladder, m => m.Level == "manager");
        foreach (var ping in ladder)
        {
            var toAssignee = ping.RecipientId == assignee;
            Assert.True(ping.Text.Contains(toAssignee ? Full : Masked, StringComparison.Ordinal), $"{ping.Level} {ping.Kind}: {ping.Text}");
            Assert.True(toAssignee || !ping.Text.Contains(Full, StringComparison.Ordinal), ping.Text);
        }

        // What the outbox keeps (and the ticket API shows) is what was sent.
        Assert.All((await h.OutboxAsync()).Where(e => e.Message.RecipientId != assignee), e => Assert.DoesNotContain(Full, e.Message.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Group_rooms_mask_even_the_assignee_s_ping_and_the_webhook_carries_the_stored_text()
    {
        await using var h = await TicketHarness.StartAsync();
        await h.OpenAsync("repair.urgent", $"卫生间水管爆了，打{Full}", TicketPlace.Flat(3, 2, "1202"));
        var toAssignee = Assert.Single(await h.DeliverAsync());
        Assert.Contains(Full, toAssignee.Text, StringComparison.Ordinal);

        await using var receiver = await RecordingServer.StartAsync((_, _) => (Results.Json(new { errcode = 0, errmsg = "ok" }), true));
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var http = services.GetRequiredService<IHttpClientFactory>();
        var knowledge = new KnowledgeStore(new EstateOptions(), NullLogger<KnowledgeStore>.Instance, TimeProvider.System, watch: false);
        var url = new Uri(receiver.BaseUrl, "hook");
        await new WeComChannel(http, Options.Create(new WeComOptions { WebhookUrl = url }), knowledge, TimeProvider.System).SendAsync(toAssignee, default);
        await new WeComChannel(http, Options.Create(new WeComOptions { WebhookUrl = url, Format = "markdown" }), knowledge, TimeProvider.System).SendAsync(toAssignee, default);
        await new DiscordChannel(http, Options.Create(new DiscordOptions { WebhookUrl = url }), knowledge, TimeProvider.System).SendAsync(toAssignee, default);
        await new WebhookChannel(http, Options.Create(new NotificationOptions { Webhook = new WebhookOptions { Url = url } })).SendAsync(toAssignee, default);

        var bodies = receiver.Received.Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.Equal(4, bodies.Count);
        var wecomText = bodies[0]["text"]!["content"]!.GetValue<string>();
        var wecomMarkdown = bodies[1]["markdown"]!["content"]!.GetValue<string>();
        var discord = bodies[2]["content"]!.GetValue<string>();
        foreach (var room in new[] { wecomText, wecomMarkdown, discord })
        {
            Assert.Contains(Masked, room, StringComparison.Ordinal);
            Assert.DoesNotContain(Full, room, StringComparison.Ordinal);
        }

        Assert.Contains(Full, bodies[3]["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("assistant-wanglei", bodies[3]["toId"]!.GetValue<string>());
    }

    [Fact]
    public void The_owner_s_status_reply_masks_the_number_in_the_description()
    {
        var now = TicketHarness.DefaultStart;
        var ticket = new TicketSummary("20261123-0001", "repair.urgent", "已派单", true, TicketPlace.Flat(3, 2, "1202"), $"水管爆了{Full}", "王磊", now.AddHours(4), false, now, now);

        var reply = TicketStatusDialog.Describe([ticket], "3栋2单元1202", now);

        Assert.Contains(Masked, reply, StringComparison.Ordinal);
        Assert.DoesNotContain(Full, reply, StringComparison.Ordinal);
    }
}
