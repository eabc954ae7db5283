using System.Text.Json;
using ConciergeBot.Channels.DirectLine;
using ConciergeBot.Channels.WeChat;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Storage;
using ConciergeBot.Tests.Harness;
using ConciergeBot.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ConciergeBot.Tests.Bot.Storage;

/// <summary>
/// Retention on the manual clock, over the real service's tables: what is older than its window goes, what is younger
/// stays, and nothing of a conversation whose ticket is still open is touched.
/// </summary>
public sealed class RetentionTests
{
    private static readonly TimeSpan Past = TimeSpan.FromDays(200);

    private static string Reference(string channel, string conversation) =>
        JsonSerializer.Serialize(new ConversationReference(channel, null, new ConversationAccount(conversation), null, null, null), ActivityJson.Options);

    private static Task<OpenedTicket> OpenAsync(BotTestHost host, string channel, string conversation, string user) =>
        host.Services.GetRequiredService<TicketDesk>().OpenAsync(new TicketDraft(
            "repair.general", null, new TicketOwner(user, "王先生", null, channel, Reference(channel, conversation)), TicketPlace.Flat(3, 2, "1202"), "卧室灯泡坏了"), CancellationToken.None);

    private static Activity Message(string channel, string conversation, string text) => new()
    {
        Type = ActivityTypes.Message, ChannelId = channel, Conversation = new ConversationAccount(conversation),
        From = new ChannelAccount("dl_user", Role: "user"), Text = text,
    };

    [Fact]
    public async Task Rows_older_than_their_window_go_younger_ones_stay_and_open_tickets_keep_theirs()
    {
        await using var host = await BotTestHost.StartAsync();
        var directLine = host.Services.GetRequiredService<DirectLineStore>();
        var inbox = host.Services.GetRequiredService<WeChatInbox>();
        var assistant = Actor.Staff(host.Services.GetRequiredService<Roster>().FindById("assistant-wanglei")!);

        // Old: three chat conversations (one with a ticket that is then cancelled, one with a ticket still open, one with
        // none), two Direct Line conversations (one with an open ticket), a WeChat push.
        await host.Flow("closed-chat", "owner-a").Send("你好").StartTestAsync();
        await host.Flow("open-chat", "owner-b").Send("你好").StartTestAsync();
        await host.Flow("plain-chat", "owner-c").Send("你好").StartTestAsync();
        var cancelled = await OpenAsync(host, "test", "closed-chat", "owner-a");
        var open = await OpenAsync(host, "test", "open-chat", "owner-b");
        var cancelledId = host.Count($"SELECT id FROM tickets WHERE number = '{cancelled.Number}'");
        var openId = host.Count($"SELECT id FROM tickets WHERE number = '{open.Number}'");
        await host.Services.GetRequiredService<TicketWorkflow>().MoveAsync(cancelledId, TicketState.Cancelled, assistant, null, "业主自己修好了", CancellationToken.None);
        foreach (var conversation in new[] { "dl-plain", "dl-open" })
        {
            await directLine.CreateAsync(conversation, "dl_user", CancellationToken.None);
            await directLine.AppendAsync(conversation, [Message("directline", conversation, "一"), Message("directline", conversation, "二")], fromUser: true, CancellationToken.None);
        }
        await OpenAsync(host, "directline", "dl-open", "dl_user");
        await inbox.TryBeginAsync("old-push", "openid-1", CancellationToken.None);
        var tickets = host.Count("SELECT COUNT(*) FROM tickets");
        var events = host.Count("SELECT COUNT(*) FROM ticket_events");
        var cancelledPings = host.Count($"SELECT COUNT(*) FROM outbox WHERE ticket_id = {cancelledId}");
        Assert.True(cancelledPings > 0);

        // Young: 200 days later, the plain chat goes on and a new push arrives.
        host.Clock.Advance(Past);
        await host.Flow("plain-chat", "owner-c").Send("还在吗").StartTestAsync();
        await inbox.TryBeginAsync("new-push", "openid-1", CancellationToken.None);

        var removed = await host.Services.GetRequiredService<DataRetention>().RunAsync(CancellationToken.None);

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM transcript WHERE conversation = 'conversation/test/closed-chat'"));
        Assert.Equal(2, host.Count("SELECT COUNT(*) FROM transcript WHERE conversation = 'conversation/test/open-chat'"));
        Assert.Equal(2, host.Count("SELECT COUNT(*) FROM transcript WHERE conversation = 'conversation/test/plain-chat'"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM transcript WHERE conversation = 'conversation/test/plain-chat' AND activity LIKE '%还在吗%'"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM directline_activities WHERE conversation_id = 'dl-plain'"));
        Assert.Equal(2, host.Count("SELECT COUNT(*) FROM directline_activities WHERE conversation_id = 'dl-open'"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM wechat_inbox"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM wechat_inbox WHERE dedup_key = 'new-push'"));
        Assert.Equal(0, host.Count($"SELECT COUNT(*) FROM outbox WHERE ticket_id = {cancelledId}"));
        Assert.True(host.Count($"SELECT COUNT(*) FROM outbox WHERE ticket_id = {openId}") > 0);
        Assert.Equal(tickets, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(events, host.Count("SELECT COUNT(*) FROM ticket_events"));
        Assert.Equal(cancelledPings, removed["outbox"]);

        // The web chat's watermark goes on after its whole log aged out: the next activity is number 3, not 1 again.
        var next = await directLine.AppendAsync("dl-plain", [Message("directline", "dl-plain", "三")], fromUser: true, CancellationToken.None);
        Assert.Equal(3, next);
    }

    [Fact]
    public async Task Nothing_goes_inside_the_window_and_a_zero_window_keeps_rows_forever()
    {
        await using var host = await BotTestHost.StartAsync(settings: "--Storage:Retention:Transcripts=00:00:00");
        await host.Flow("plain-chat", "owner-c").Send("你好").StartTestAsync();
        await host.Services.GetRequiredService<WeChatInbox>().TryBeginAsync("push", "openid-1", CancellationToken.None);
        var retention = host.Services.GetRequiredService<DataRetention>();

        host.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        await retention.RunAsync(CancellationToken.None);
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM wechat_inbox"));

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await retention.RunAsync(CancellationToken.None);
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM wechat_inbox"));

        host.Clock.Advance(TimeSpan.FromDays(3650));
        await retention.RunAsync(CancellationToken.None);
        Assert.Equal(2, host.Count("SELECT COUNT(*) FROM transcript"));
    }

    [Fact]
    public async Task The_write_ahead_log_is_cut_back_to_its_limit()
    {
        await using var host = await BotTestHost.StartAsync(settings: "--Storage:WalSizeLimitMB=1");
        var database = host.Services.GetRequiredService<SqliteDatabase>();
        var padding = new string('x', 64 * 1024);
        for (var i = 0; i < 64; i++)
        {
            await database.WriteAsync(async (c, t) =>
            {
                using var insert = c.CreateCommand();
                insert.Transaction = t;
                insert.CommandText = "INSERT INTO transcript (conversation, outbound, activity, at) VALUES ('bulk', 0, $a, '2026-01-01')";
                insert.Parameters.AddWithValue("$a", padding);
                await insert.ExecuteNonQueryAsync();
            });
        }

        var wal = new FileInfo(database.FilePath + "-wal");
        Assert.True(wal.Length > 2 * database.WalSizeLimit, $"{wal.Length} bytes before");
        await using var connection = await database.OpenAsync();
        var after = await host.Services.GetRequiredService<SqliteMaintenance>().BoundWalAsync(connection, CancellationToken.None);

        Assert.True(after <= database.WalSizeLimit, $"{after} bytes after");
    }

    [Fact]
    public async Task The_service_schedules_retention_in_Quartz_at_half_past_three_Beijing_time_every_day()
    {
        await using var host = new ConciergeBot.Tests.Bot.Channels.BotHost();

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.Single(await scheduler.GetTriggersOfJob(DataRetentionJob.Key));
        var next = trigger.GetFireTimeAfter(TimeProvider.System.GetUtcNow())!.Value;

        Assert.Equal(new TimeSpan(3, 30, 0), ConciergeBot.Knowledge.Calendar.ChinaTime.ToLocal(next).TimeOfDay);
        Assert.True(next - TimeProvider.System.GetUtcNow() <= TimeSpan.FromDays(1));
    }
}
