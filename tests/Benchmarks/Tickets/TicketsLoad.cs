using System.Diagnostics;
using System.Globalization;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Channels;
using ConciergeBot.Knowledge;
using ConciergeBot.Notifications;
using ConciergeBot.Sla;
using ConciergeBot.Storage;
using ConciergeBot.Tickets;
using Microsoft.Extensions.Hosting;

namespace ConciergeBot.Benchmarks.Tickets;

/// <summary>
/// Load generator for tickets and reminders: seeds <c>--seed</c> open tickets (100,000 by default) through the
/// real desk — each with its clock row in the SQLite file — then opens urgent tickets at
/// <c>--rate</c> per second for <c>--seconds</c> with a <c>--target</c> deadline, measuring how long opening takes
/// (ticket, clock, timeline and outbox in one transaction) and how late the reminder scheduler writes each reminder
/// relative to its due time.
/// <c>dotnet run -c Release --project tests/Benchmarks -- load-tickets [--seed 100000] [--rate 20] [--seconds 30] [--target 00:00:20] [--dir PATH] [--warmup 50] [--set Key=Value]</c>
/// (<c>--dir</c> reuses a seeded database).
/// </summary>
public static class TicketsLoad
{
    private static readonly string[] SeedIntents = ["repair.general", "public.general", "repair.simple", "complaint.other", "complaint.staff"];

    public static async Task<int> RunAsync(string[] args)
    {
        var seed = Option(args, "--seed", 100_000);
        var rate = Option(args, "--rate", 20);
        var seconds = Option(args, "--seconds", 30);
        var target = OptionText(args, "--target") ?? "00:00:20";
        var dir = OptionText(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "conciergebot-load", Guid.NewGuid().ToString("N"));

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dir,
            ["Sla:Targets:repair.urgent"] = target,
            ["Sla:Escalation:Offset"] = "00:00:10",
            // Thousands of tickets per owner: the opening limits (and the flags they put on urgent tickets) are off here.
            ["Limits:Tickets:Permits"] = "0",
            ["Limits:TicketsPerDay:Permits"] = "0",
        });
        // Further settings as --set Key=Value (e.g. --set Notifications:PollInterval=00:00:01).
        builder.Configuration.AddInMemoryCollection(args.Select((a, i) => (a, i)).Where(x => x.a == "--set" && x.i + 1 < args.Length)
            .Select(x => args[x.i + 1].Split('=', 2)).Select(kv => new KeyValuePair<string, string?>(kv[0], kv.Length > 1 ? kv[1] : "")));
        builder.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddStorage();
        builder.AddKnowledge();
        builder.AddNotifications();
        builder.AddTickets();
        builder.AddChannels();
        using var host = builder.Build();
        await host.Services.MigrateDatabaseAsync();
        await host.StartAsync();
        var desk = host.Services.GetRequiredService<TicketDesk>();

        var existing = await CountOpenAsync(host);
        if (existing < seed)
        {
            var seeding = Stopwatch.StartNew();
            await SeedAsync(desk, (int)(seed - existing));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seeded {seed - existing} tickets in {seeding.Elapsed.TotalSeconds:F0} s ({(seed - existing) / seeding.Elapsed.TotalSeconds:F0}/s)"));
        }

        Console.WriteLine($"open tickets with running clocks: {await CountOpenAsync(host)}; pending stages: {await CountPendingAsync(host)}");
        // Warm-up (JIT, caches, connection pools): tickets whose four-hour deadline fires nothing during the run.
        for (var i = 0; i < Option(args, "--warmup", 50); i++)
        {
            await desk.OpenAsync(Draft("repair.simple", i), CancellationToken.None);
        }

        var latencies = new List<double>();
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        var clock = Stopwatch.StartNew();
        var next = TimeSpan.Zero;
        var started = TimeProvider.System.GetUtcNow();
        for (var i = 0; clock.Elapsed < TimeSpan.FromSeconds(seconds); i++)
        {
            if (next > clock.Elapsed)
            {
                await Task.Delay(next - clock.Elapsed);
            }

            next += interval;
            var t0 = Stopwatch.GetTimestamp();
            var ticket = await desk.OpenAsync(Draft("repair.urgent", i), CancellationToken.None);
            latencies.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            _ = ticket;
        }

        var open = latencies.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"open ticket: {open.Length} at {rate}/s; p50 {Percentile(open, 0.50):F2} ms, p99 {Percentile(open, 0.99):F2} ms, max {open.LastOrDefault():F2} ms"));

        // Let the last tickets' reminders (up to the escalation) fire, when the target is short enough to wait for.
        var policy = host.Services.GetRequiredService<SlaPolicy>();
        var last = policy.TargetFor("repair.urgent")!.Duration.Calendar + TimeSpan.FromSeconds(10);
        var complete = true;
        if (last <= TimeSpan.FromMinutes(5))
        {
            await Task.Delay(last + TimeSpan.FromSeconds(5));
            var late = (await LatenessAsync(host, policy, started)).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"reminders: {late.Length}; lateness p50 {Percentile(late, 0.50):F0} ms, p99 {Percentile(late, 0.99):F0} ms, max {late.LastOrDefault():F0} ms; expected {open.Length * 4}"));
            complete = late.Length == open.Length * 4;
        }

        await host.StopAsync();
        Console.WriteLine($"database: {dir}");
        return complete ? 0 : 1;
    }

    private static async Task SeedAsync(TicketDesk desk, int count)
    {
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            await desk.OpenAsync(Draft(SeedIntents[i % SeedIntents.Length], i), ct);
            if (Interlocked.Increment(ref done) % 10_000 == 0)
            {
                Console.WriteLine($"  seeded {done}");
            }
        });
    }

    private static TicketDraft Draft(string intent, int i) => new(
        intent, intent == "complaint.staff" ? "normal" : null,
        new TicketOwner($"load-owner-{i % 5000}"),
        TicketPlace.Flat(1 + (i % 6), 1 + (i % 2), string.Create(CultureInfo.InvariantCulture, $"{1 + (i % 32)}0{1 + (i % 4)}")),
        "负载测试：卫生间漏水");

    private static async Task<List<double>> LatenessAsync(IHost host, SlaPolicy policy, DateTimeOffset since)
    {
        var database = host.Services.GetRequiredService<SqliteDatabase>();
        await using var connection = await database.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT o.stage, o.created_at, c.target, c.started_at, c.due_at, c.budget_ms
            FROM outbox o JOIN ticket_clocks c ON c.ticket_id = o.ticket_id
            WHERE o.stage IS NOT NULL AND o.created_at >= $since
            """;
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        var lateness = new List<double>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var stage = Enum.Parse<ClockStage>(reader.GetString(0));
            var at = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1));
            var stages = policy.StagesOf(global::ConciergeBot.Knowledge.Sla.SlaDuration.Parse(reader.GetString(2)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)), TimeSpan.FromMilliseconds(reader.GetInt64(5)));
            lateness.Add((at - stages.Single(s => s.Stage == stage).At).TotalMilliseconds);
        }

        return lateness;
    }

    private static async Task<long> CountOpenAsync(IHost host) =>
        await ScalarAsync(host, "SELECT COUNT(*) FROM ticket_clocks WHERE status = 'Running'");

    private static async Task<long> CountPendingAsync(IHost host) =>
        await ScalarAsync(host, "SELECT COUNT(*) FROM ticket_clocks WHERE next_stage_at IS NOT NULL");

    private static async Task<long> ScalarAsync(IHost host, string sql)
    {
        await using var connection = await host.Services.GetRequiredService<SqliteDatabase>().OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
