using System.Net;
using System.Text;
using System.Text.Json;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Storage;
using ConciergeBot.Tests.Harness;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Messaging;

/// <summary>
/// Exactly-once turns on <c>/api/messages</c>: an activity is processed once per (channel, conversation, id); a retry
/// gets the first answer and opens nothing; the ticket a turn opens commits with the turn or not at all.
/// </summary>
public sealed class ExactlyOnceTests
{
    private const string Leak = "卫生间水管爆了，水漫出来了";

    [Fact]
    public async Task A_retried_activity_gets_the_first_answer_and_opens_one_ticket()
    {
        await using var bot = new LoopbackMessagesFactory();
        using var client = bot.CreateClient();
        var first = await PostAsync(client, Activity("leak-1", "c-retry", Leak));
        var again = await PostAsync(client, Activity("leak-1", "c-retry", Leak));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Matches(@"\d{8}-\d{4}", first.Body);
        Assert.Equal(first.Body, again.Body); // the same reply activities: ids, texts, timestamps
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM processed_activities"));
    }

    [Fact]
    public async Task Duplicates_sent_while_the_first_is_in_its_turn_wait_for_it_and_get_its_answer()
    {
        await using var bot = new LoopbackMessagesFactory();
        using var client = bot.CreateClient();
        var all = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(client, Activity("leak-2", "c-concurrent", Leak))));

        Assert.All(all, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Single(all.Select(r => r.Body).Distinct());
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task The_same_id_in_another_conversation_is_another_activity()
    {
        await using var bot = new LoopbackMessagesFactory();
        using var client = bot.CreateClient();
        await PostAsync(client, Activity("same-id", "c-one", Leak));
        await PostAsync(client, Activity("same-id", "c-two", Leak));

        Assert.Equal(2, bot.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task A_turn_whose_commit_fails_leaves_no_ticket_behind_and_its_retry_opens_one()
    {
        var conflict = new ConflictAfterTicket();
        await using var host = await BotTestHost.StartAsync(configure: s => s.AddSingleton<ITurnMiddleware>(conflict));
        conflict.Database = host.Services.GetRequiredService<SqliteDatabase>();
        var activity = new ConciergeBot.Dialogs.Activities.Activity
        {
            Type = "message", Id = "leak-3", Text = Leak, ChannelId = "test",
            From = new("owner-3"), Conversation = new("c-conflict"),
        };

        await Assert.ThrowsAsync<StateConflictException>(() => host.Processor.ProcessAsync(activity, CancellationToken.None));
        Assert.True(conflict.TicketsSeenInTurn > 0, "the ticket was written inside the turn");
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM ticket_clocks"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM outbox"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM processed_activities"));

        conflict.Enabled = false;
        activity.Id = "leak-3";
        var replies = await host.Processor.ProcessAsync(activity, CancellationToken.None);
        Assert.Contains(replies, r => r.Text?.Contains("工单号", StringComparison.Ordinal) == true);
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM processed_activities"));
    }

    [Fact]
    public async Task A_turn_that_fails_after_opening_a_ticket_takes_the_ticket_with_it()
    {
        var failing = new FailAfterBot();
        await using var host = await BotTestHost.StartAsync(configure: s => s.AddSingleton<ITurnMiddleware>(failing));
        var replies = await host.Processor.ProcessAsync(new ConciergeBot.Dialogs.Activities.Activity
        {
            Type = "message", Id = "leak-4", Text = Leak, ChannelId = "test", From = new("owner-4"), Conversation = new("c-fail"),
        }, CancellationToken.None);

        Assert.DoesNotContain(replies, r => r.Text?.Contains("工单号", StringComparison.Ordinal) == true);
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task Processed_activities_are_remembered_for_the_retention_window_then_pruned()
    {
        await using var host = await BotTestHost.StartAsync(settings: "--Storage:ProcessedActivityRetention=02:00:00");
        var activity = new ConciergeBot.Dialogs.Activities.Activity
        {
            Type = "message", Id = "hello-1", Text = "你好", ChannelId = "test", From = new("owner-5"), Conversation = new("c-retention"),
        };
        await host.Processor.ProcessAsync(activity, CancellationToken.None);
        var maintenance = host.Services.GetRequiredService<SqliteMaintenance>();

        host.Clock.Advance(TimeSpan.FromMinutes(119));
        Assert.Equal(0, await maintenance.PruneProcessedActivitiesAsync(CancellationToken.None));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM processed_activities"));

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await maintenance.PruneProcessedActivitiesAsync(CancellationToken.None));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM processed_activities"));
    }

    private static string Activity(string id, string conversation, string text) => JsonSerializer.Serialize(new
    {
        type = "message", id, text, channelId = "test", from = new { id = "owner-" + conversation }, conversation = new { id = conversation },
        deliveryMode = "expectReplies",
    });

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient client, string json)
    {
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>After the bot opened a ticket, moves the conversation's state under the turn (inside its transaction), so the turn's commit conflicts.</summary>
    private sealed class ConflictAfterTicket : ITurnMiddleware
    {
        public SqliteDatabase? Database { get; set; }

        public bool Enabled { get; set; } = true;

        public long TicketsSeenInTurn { get; private set; }

        public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
        {
            await next();
            if (!Enabled)
            {
                return;
            }
            TicketsSeenInTurn = await Database!.ReadOwnAsync(async (c, t) =>
            {
                using var command = c.CreateCommand();
                command.Transaction = t;
                command.CommandText = "SELECT COUNT(*) FROM tickets";
                return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            }, cancellationToken);
            await Database.WriteAsync(async (c, t) =>
            {
                using var command = c.CreateCommand();
                command.Transaction = t;
                command.CommandText = "INSERT INTO bot_state (key, json, etag, updated_at) VALUES ($k, '{}', 7, '') ON CONFLICT (key) DO UPDATE SET etag = etag + 7";
                command.Parameters.AddWithValue("$k", TurnProcessor.ConversationKey(turn.Activity));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }, cancellationToken);
        }
    }

    /// <summary>Lets the bot answer (and open its ticket), then fails the turn.</summary>
    private sealed class FailAfterBot : ITurnMiddleware
    {
        public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
        {
            await next();
            if (turn.Responses.Any(r => r.Text?.Contains("工单号", StringComparison.Ordinal) == true))
            {
                throw new InvalidOperationException("the turn fails after its ticket opened");
            }
        }
    }
}
