using System.Text.Json.Nodes;
using ConciergeBot.Channels.Proactive;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Notifications;
using ConciergeBot.Notifications.Chat;
using ConciergeBot.Storage;
using ConciergeBot.Tests.Bot.Channels.DirectLine;
using ConciergeBot.Tests.Bot.Channels.WeChat;
using ConciergeBot.Tests.Bot.Notifications;
using ConciergeBot.Tests.Harness;
using ConciergeBot.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Channels.Proactive;

/// <summary>Messages the bot starts: ticket progress to owners on their channel, pings to staff in their chat.</summary>
public sealed class ProactiveTests
{
    private static readonly Dictionary<string, string?> FastPolling = new()
    {
        ["Notifications:PollInterval"] = "00:00:00.100",
        ["Notifications:RetryBaseDelay"] = "00:00:00.100",
    };

    /// <summary>A copy of the shipped estate data where 李静 is bound to a chat user.</summary>
    private static string EstateWithStaffChat(string chatUserId)
    {
        var directory = TempDirectory.WithShippedEstateData();

        var rosterPath = Path.Combine(directory, "roster.json");
        var roster = JsonNode.Parse(File.ReadAllText(rosterPath))!;
        roster["staff"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "assistant-lijing")!["chatUserId"] = chatUserId;
        File.WriteAllText(rosterPath, roster.ToJsonString());
        return directory;
    }

    private static async Task<long> OpenTicketAsync(BotHost host, string owner, string channel)
    {
        var desk = host.Services.GetRequiredService<ITicketDesk>();
        var opened = await desk.OpenAsync(new TicketDraft("repair.simple", null, new TicketOwner(owner, "王先生", Channel: channel),
            TicketPlace.Flat(3, 2, "1202"), "厨房水龙头坏了"), default);
        return host.Count($"SELECT id FROM tickets WHERE number = '{opened.Number}'");
    }

    private static Task<Ticket> MoveAsync(BotHost host, long id, TicketState to, string? assignee = null)
    {
        var workflow = host.Services.GetRequiredService<TicketWorkflow>();
        var wanglei = host.Services.GetRequiredService<Roster>().FindById("assistant-wanglei")!; // 3栋's assistant, who holds the ticket
        return workflow.MoveAsync(id, to, Actor.Staff(wanglei), assignee, null, default);
    }

    private static async Task<List<JsonNode>> BotMessagesAsync(DirectLineTestClient dl, string conversationId, string token, int atLeast)
    {
        for (var i = 0; i < 200; i++)
        {
            var all = (await dl.GetActivitiesAsync(conversationId, token, ""))["activities"]!.AsArray()
                .Where(a => a!["from"]!["role"]!.GetValue<string>() == "bot" && a["replyToId"] is null).Select(a => a!).ToList();
            if (all.Count >= atLeast)
            {
                return all;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"fewer than {atLeast} proactive messages arrived");
    }

    [Fact]
    public async Task Owner_hears_of_dispatch_acceptance_resolution_and_gets_a_survey_in_web_chat_once()
    {
        var directory = TempDirectory.Create();
        string conversationId, token;
        await using (var host = new BotHost(directory, settings: FastPolling))
        {
            var dl = new DirectLineTestClient(host.CreateClient());
            (conversationId, token, _) = await dl.StartAsync("dl_owner_wang");
            await dl.PostMessageAsync(conversationId, token, "你好");
            var ticket = await OpenTicketAsync(host, "dl_owner_wang", "directline");

            await MoveAsync(host, ticket, TicketState.Dispatched, "tech-liu");
            await MoveAsync(host, ticket, TicketState.Accepted);
            await MoveAsync(host, ticket, TicketState.Resolved);

            // The greeting, then the four updates, in order.
            var messages = await BotMessagesAsync(dl, conversationId, token, 5);
            var texts = messages.Skip(1).Select(m => m["text"]!.GetValue<string>()).ToList();
            Assert.Equal(4, texts.Count);
            Assert.Contains("维修师傅刘工", texts[0], StringComparison.Ordinal);
            Assert.Contains("接单", texts[1], StringComparison.Ordinal);
            Assert.Contains("已处理完成", texts[2], StringComparison.Ordinal);
            Assert.All(texts.Take(3), t => Assert.StartsWith("王先生您好", t, StringComparison.Ordinal));
            Assert.Equal(OwnerUpdateTexts.SurveyChoices, messages[4]["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["value"]!.GetValue<string>()));
        }

        await using (var restarted = new BotHost(directory, settings: FastPolling))
        {
            var dl = new DirectLineTestClient(restarted.CreateClient());
            await Task.Delay(600);
            var messages = await BotMessagesAsync(dl, conversationId, token, 5);
            Assert.Equal(5, messages.Count);
            Assert.Equal(4, restarted.Count("SELECT COUNT(*) FROM outbox_deliveries WHERE channel = 'owner' AND sent_at IS NOT NULL"));
        }
    }

    [Fact]
    public async Task Owner_on_wechat_gets_the_update_as_a_customer_service_message()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var host = new BotHost(weChatApi: wechat.BaseUrl, settings: FastPolling);
        host.StartKestrel();
        await wechat.PushAsync(new Uri(host.BaseUrl!, "api/wechat"),
            "<xml><ToUserName>gh_10f6c3c3ac5a</ToUserName><FromUserName>oOwnerWang</FromUserName><CreateTime>1700000000</CreateTime>" +
            "<MsgType>text</MsgType><Content>你好</Content><MsgId>42</MsgId></xml>", safeMode: true);
        var ticket = await OpenTicketAsync(host, "oOwnerWang", "wechat");

        await MoveAsync(host, ticket, TicketState.Accepted);

        var message = await wechat.WaitForCustomMessageAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("oOwnerWang", message.ToUser);
        Assert.Contains("接单", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_bound_to_a_chat_get_pings_there_once_even_when_delivery_is_repeated()
    {
        var estate = EstateWithStaffChat("dl_staff_lijing");
        var settings = new Dictionary<string, string?>(FastPolling)
        {
            ["Estate:DataPath"] = estate,
            ["Notifications:Chat:Enabled"] = "true",
        };
        await using var host = new BotHost(settings: settings);
        var dl = new DirectLineTestClient(host.CreateClient());
        var (conversationId, token, _) = await dl.StartAsync("dl_staff_lijing");
        await dl.PostMessageAsync(conversationId, token, "你好");

        var ping = PingMessages.ForLiJing(text: "【新工单】3栋1202 厨房水龙头坏了。");
        long id = 0;
        await host.Services.GetRequiredService<SqliteDatabase>().WriteAsync(async (c, t) =>
            id = await host.Services.GetRequiredService<Outbox>().EnqueueAsync(c, t, ping, default));
        host.Services.GetRequiredService<OutboxSignal>().Notify();

        var messages = await BotMessagesAsync(dl, conversationId, token, 2);
        var chat = host.Services.GetServices<INotificationChannel>().OfType<StaffChatChannel>().Single();
        await chat.SendAsync(ping with { Id = id }, default); // a repeated delivery (crash after sending, before recording it)
        await Task.Delay(200);
        var after = await BotMessagesAsync(dl, conversationId, token, 2);

        Assert.Contains("厨房水龙头坏了", messages[1]["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, after.Count);
    }

    [Fact]
    public async Task A_staff_ping_never_follows_a_serviceUrl_a_message_carried()
    {
        await using var attacker = await RecordingServer.StartAsync((_, _) => (Microsoft.AspNetCore.Http.Results.Ok(), true));
        var estate = EstateWithStaffChat("dl_staff_lijing");
        var settings = new Dictionary<string, string?>(FastPolling)
        {
            ["Estate:DataPath"] = estate,
            ["Notifications:Chat:Enabled"] = "true",
        };
        await using var host = new BotHost(settings: settings);
        var dl = new DirectLineTestClient(host.CreateClient());
        var (conversationId, token, _) = await dl.StartAsync("dl_staff_lijing");
        await dl.PostMessageAsync(conversationId, token, "你好");

        // A later conversation in 李静's name on a connector channel whose serviceUrl is on no allow-list (stored
        // before the door checked it, or the list changed since): the ping must not go there.
        await Task.Delay(20);
        await host.Services.GetRequiredService<ConversationReferenceStore>().SaveAsync(new ConversationReference(
            "spoofed", attacker.BaseUrl.ToString(), new ConversationAccount("spoofed-1"), new ChannelAccount("dl_staff_lijing"), new ChannelAccount("bot"), null), default);

        var ping = PingMessages.ForLiJing(text: "【新工单】3栋1202 厨房水龙头坏了。");
        await host.Services.GetRequiredService<SqliteDatabase>().WriteAsync(async (c, t) =>
            await host.Services.GetRequiredService<Outbox>().EnqueueAsync(c, t, ping, default));
        host.Services.GetRequiredService<OutboxSignal>().Notify();

        var messages = await BotMessagesAsync(dl, conversationId, token, 2);
        Assert.Contains("厨房水龙头坏了", messages[1]["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, attacker.Calls);
    }
}
