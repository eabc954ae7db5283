using System.Collections.Concurrent;
using System.Text.Json;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Tests.Dialogs.Framework;
using ConciergeBot.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Dialogs.Engine;

public sealed class TurnPipelineTests
{
    [Fact]
    public async Task State_written_by_one_host_is_continued_by_a_new_host_on_the_same_file()
    {
        var dir = TempDirectory.Create();
        await using (var first = await EngineHost.StartAsync(dir))
        {
            await first.Flow().Send("登记").AssertReply("贵姓").Send("王").AssertReply("多大年纪").StartTestAsync();
        }
        await using var second = await EngineHost.StartAsync(dir);
        await second.Flow().Send("35").AssertReply("喜欢什么颜色").StartTestAsync();
    }

    [Fact]
    public async Task Every_inbound_and_outbound_activity_is_in_the_transcript()
    {
        await using var host = await EngineHost.StartAsync();
        await host.Flow().Send("登记").IgnoreReplies().Send("王").IgnoreReplies().StartTestAsync();

        var rows = await QueryAsync(host, "SELECT outbound, activity FROM transcript ORDER BY id");
        Assert.Equal(4, rows.Count);
        Assert.Equal([0L, 1L, 0L, 1L], rows.Select(r => (long)r[0]));
        Assert.Contains("请问您贵姓", (string)rows[1][1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fifty_parallel_senders_on_two_conversations_lose_and_interleave_nothing()
    {
        var tracker = new OverlapTracker();
        await using var host = await BotTestHost.StartAsync(configure: s => s.AddSingleton<ITurnMiddleware>(tracker));
        const int senders = 50;
        const int messagesEach = 10;
        var conversations = new[] { "hammer-a", "hammer-b" };

        await Parallel.ForEachAsync(Enumerable.Range(0, senders), new ParallelOptions { MaxDegreeOfParallelism = senders }, async (i, ct) =>
        {
            var flow = host.Flow(conversations[i % 2], $"sender-{i}");
            for (var m = 0; m < messagesEach; m++)
            {
                var replies = await host.Processor.ProcessAsync(flow.Message($"谢谢 {i}-{m}"), ct);
                Assert.Single(replies);
            }
        });

        Assert.Equal(1, tracker.MaxOverlapInOneConversation);
        foreach (var conversation in conversations)
        {
            var state = await QueryAsync(host, $"SELECT json FROM bot_state WHERE key = 'conversation/test/{conversation}'");
            var data = JsonSerializer.Deserialize<ConversationData>((string)state[0][0], StateJson.Options)!;
            Assert.Equal(senders / 2 * messagesEach, data.TurnCount);
            var transcript = await QueryAsync(host, $"SELECT outbound FROM transcript WHERE conversation = 'conversation/test/{conversation}' ORDER BY id");
            Assert.Equal(senders / 2 * messagesEach * 2, transcript.Count);
            // In and out strictly alternate: no turn's lines are interleaved with another's.
            Assert.All(transcript.Select((row, index) => (row, index)), x => Assert.Equal((long)(x.index % 2), (long)x.row[0]));
        }
    }

    private static async Task<List<object[]>> QueryAsync(BotTestHost host, string sql)
    {
        var db = host.Services.GetRequiredService<ConciergeBot.Storage.SqliteDatabase>();
        await using var connection = await db.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Measures how many turns of the same conversation ever ran at once.</summary>
    private sealed class OverlapTracker : ITurnMiddleware
    {
        private readonly ConcurrentDictionary<string, int> _active = new();
        private int _max;

        public int MaxOverlapInOneConversation => _max;

        public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
        {
            var key = turn.Activity.Conversation!.Id;
            var now = _active.AddOrUpdate(key, 1, (_, n) => n + 1);
            InterlockedMax(now);
            try
            {
                await Task.Yield();
                await next();
            }
            finally
            {
                _active.AddOrUpdate(key, 0, (_, n) => n - 1);
            }
        }

        private void InterlockedMax(int value)
        {
            int seen;
            while ((seen = _max) < value && Interlocked.CompareExchange(ref _max, value, seen) != seen)
            {
            }
        }
    }
}
