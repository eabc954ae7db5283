using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConciergeBot.Tests.Bot.Tickets;
using ConciergeBot.Tests.Harness;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Bot.Process;

/// <summary>
/// Exactly-once turns on the real process under SIGKILL: several conversations report urgent leaks through
/// <c>/api/messages</c> (expectReplies) and give the flat afterwards, retrying the same activity on a timeout, a
/// connection error or a 5xx/409, while the service is killed at random moments at least ten times and restarted
/// on the same data directory. Afterwards every ticket a reply named exists once, no ticket exists that no reply
/// names, every reminder stage of every ticket fired exactly once, and the file passes <c>integrity_check</c>.
/// </summary>
[Collection(RealTimeTests.Name)]
public sealed partial class ExactlyOnceCrashTests(ITestOutputHelper output)
{
    private const int Kills = 12;
    private const int Workers = 8;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Retried_turns_under_SIGKILL_open_each_acknowledged_ticket_once_and_nothing_else()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var directory = TempDirectory.Create();
        var port = BotProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            // The whole reminder ladder within half a minute: warnings at 10 s and 16 s, breach at 20 s, escalation at 30 s.
            ["Sla__Targets__repair.urgent"] = "00:00:20",
            ["Sla__Escalation__Offset"] = "00:00:10",
        };
        var clock = Stopwatch.StartNew();
        var bot = await BotProcess.StartAsync(directory, port, environment);
        var answers = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var attempts = 0;
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            using var client = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var conversation = $"crash-{w}-{i}";
                foreach (var (step, text) in new[] { (1, "卫生间水管爆了，水漫出来了"), (2, "在3栋2单元1202") })
                {
                    var id = $"{conversation}-{step}";
                    answers[id] = await SendUntilAnsweredAsync(client, Activity(id, conversation, text), () => Interlocked.Increment(ref attempts));
                }
            }
        })).ToArray();

        var kills = 0;
        try
        {
            while (kills < Kills)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(300, 2000)));
                Assert.True(clock.Elapsed < Deadline, "the kills took too long");
                bot.Kill();
                await bot.DisposeAsync();
                kills++;
                bot = await BotProcess.StartAsync(directory, port, environment);
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
            await stop.CancelAsync();
            // Every activity sent gets its answer: the last ones finish on the running process.
            await Task.WhenAll(load).WaitAsync(TimeSpan.FromMinutes(2));
            var lastOpened = TimeProvider.System.GetUtcNow();
            // Let every clock run its whole ladder (30 s after the last ticket) on this process.
            await Task.Delay(lastOpened.AddSeconds(33) - TimeProvider.System.GetUtcNow());
        }
        finally
        {
            await stop.CancelAsync();
            bot.Kill();
            await bot.DisposeAsync();
        }

        var named = answers.Values.SelectMany(a => TicketNumber().Matches(a).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        var database = DatabaseProbe.FileIn(directory);
        var tickets = Rows(database, "SELECT number, conversation FROM tickets").Select(r => (Number: r[0], Conversation: r[1])).ToList();
        var duplicates = tickets.GroupBy(t => t.Conversation).Sum(g => g.Count() - 1);
        var unnamed = tickets.Where(t => !named.Contains(t.Number)).Select(t => t.Number).ToList();
        var missing = named.Where(n => tickets.All(t => t.Number != n)).ToList();
        var ladder = Rows(database, """
            SELECT t.number,
                   (SELECT COUNT(*) FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'clock.warned'),
                   (SELECT COUNT(*) FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'clock.breached'),
                   (SELECT COUNT(*) FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'clock.escalated'),
                   (SELECT COUNT(*) FROM ticket_clocks c WHERE c.ticket_id = t.id),
                   (SELECT COUNT(*) FROM ticket_clocks c WHERE c.ticket_id = t.id AND c.next_stage_at IS NOT NULL)
            FROM tickets t
            """);
        var wrongLadders = ladder.Where(r => r[1..] is not ["2", "1", "1", "1", "0"]).Select(r => string.Join(' ', r)).ToList();
        var doubledPings = Rows(database, """
            SELECT ticket_number, kind, COALESCE(stage, ''), recipient, COUNT(*) FROM outbox
            WHERE ticket_id IS NOT NULL GROUP BY ticket_number, kind, stage, recipient HAVING COUNT(*) > 1
            """).Select(r => string.Join(' ', r)).ToList();
        var integrity = Rows(database, "PRAGMA integrity_check").Single()[0];

        output.WriteLine($"seed {seed}: {kills} kills, {answers.Count} activities answered ({attempts} posts), {tickets.Count} tickets, " +
            $"{named.Count} named in replies, {duplicates} duplicates, {unnamed.Count} unnamed, {missing.Count} missing, " +
            $"{wrongLadders.Count} wrong ladders, {doubledPings.Count} doubled pings, integrity {integrity}, {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(kills >= 10);
        Assert.True(named.Count >= Workers, $"too little load: {named.Count} tickets acknowledged");
        Assert.True(duplicates == 0, $"{duplicates} duplicate tickets (one conversation, one leak, more than one ticket)");
        Assert.True(unnamed.Count == 0, "tickets no reply names: " + string.Join(", ", unnamed));
        Assert.True(missing.Count == 0, "acknowledged tickets not in the database: " + string.Join(", ", missing));
        Assert.True(wrongLadders.Count == 0, "reminders lost or doubled (number warned breached escalated clocks pending):\n" + string.Join('\n', wrongLadders));
        Assert.True(doubledPings.Count == 0, "pings queued twice:\n" + string.Join('\n', doubledPings));
        Assert.Equal("ok", integrity);
    }

    /// <summary>Posts the same activity until it gets an answer: a client's retry of one activity, never a new one.</summary>
    private static async Task<string> SendUntilAnsweredAsync(HttpClient client, string json, Action attempted)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Assert.True(clock.Elapsed < Deadline, "an activity never got an answer");
            attempted();
            try
            {
                using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    return string.Join('\n', body.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
                }
                Assert.True((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.Conflict, $"refused: {response.StatusCode}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or JsonException)
            {
                // Killed mid-request, restarting, or too slow: the same activity again.
            }
            await Task.Delay(200);
        }
    }

    private static string Activity(string id, string conversation, string text) => JsonSerializer.Serialize(new
    {
        type = "message", id, text, channelId = "crash", from = new { id = "owner-" + conversation },
        conversation = new { id = conversation }, deliveryMode = "expectReplies",
    });

    private static List<string[]> Rows(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
        }
        return rows;
    }

    [GeneratedRegex(@"\d{8}-\d{4}")]
    private static partial Regex TicketNumber();
}
