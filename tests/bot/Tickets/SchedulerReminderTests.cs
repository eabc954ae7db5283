using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Notifications;
using ConciergeBot.Storage;
using ConciergeBot.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConciergeBot.Tests.Bot.Tickets;

/// <summary>
/// The reminder scheduler on the real clock, in a started host on a real SQLite file. Targets are shortened to
/// seconds so the whole ladder runs in a few seconds.
/// </summary>
[Collection(RealTimeTests.Name)]
public sealed class SchedulerReminderTests : IDisposable
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1.5);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "conciergebot-tests", Guid.NewGuid().ToString("N"));

    private static async Task<IHost> StartHostAsync(string directory, string target, string offset)
    {
        var builder = TicketHostBuilder.Create(TimeProvider.System, new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = directory,
            ["Sla:Targets:repair.urgent"] = target,
            ["Sla:Escalation:Offset"] = offset,
            ["Notifications:PollInterval"] = "00:00:00.200",
        });
        var host = builder.Build();
        await host.Services.MigrateDatabaseAsync();
        await host.StartAsync();
        return host;
    }

    private static async Task<IReadOnlyList<OutboxEntry>> OutboxAsync(IHost host)
    {
        await using var connection = await host.Services.GetRequiredService<SqliteDatabase>().OpenAsync();
        return await Outbox.AllAsync(connection, false, CancellationToken.None);
    }

    private static Task<OpenedTicket> OpenAsync(IHost host) =>
        host.Services.GetRequiredService<TicketDesk>().OpenAsync(
            new TicketDraft("repair.urgent", null, new TicketOwner("owner-1"), TicketPlace.Flat(3, 2, "1202"), "卫生间水管爆了"), CancellationToken.None);

    private static void AssertLadder(IReadOnlyList<OutboxEntry> entries, DateTimeOffset opened, params (string Stage, double Seconds)[] expected)
    {
        var reminders = entries.Where(e => e.Message.Stage is not null).ToList();
        Assert.Equal(expected.Select(e => e.Stage), reminders.Select(e => e.Message.Stage));
        foreach (var (entry, (_, seconds)) in reminders.Zip(expected))
        {
            var late = entry.Message.CreatedAt - opened.AddSeconds(seconds);
            Assert.True(late >= TimeSpan.FromMilliseconds(-1) && late <= Tolerance, $"{entry.Message.Stage} was {late.TotalMilliseconds:0} ms late");
            Assert.NotNull(entry.SentAt);
        }
    }

    [Fact]
    public async Task The_scheduler_fires_each_stage_once_on_time()
    {
        // An 8-second target: the second warning (80%) and the breach are 1.6 s apart, so a loaded machine that runs the
        // warning a little late still runs it before the breach supersedes it.
        using var host = await StartHostAsync(_directory, "00:00:08", "00:00:03");
        var opened = await OpenAsync(host);

        await Task.Delay(TimeSpan.FromSeconds(12.5));
        var entries = await OutboxAsync(host);
        await host.StopAsync();

        Assert.Single(entries, e => e.Message.Kind == OutboxKinds.Opened);
        AssertLadder(entries, opened.CreatedAt, ("Warning1", 4), ("Warning2", 6.4), ("Breach", 8), ("Escalation", 11));
    }

    [Fact]
    public async Task A_reminder_due_while_the_service_was_down_fires_once_at_start()
    {
        OpenedTicket opened;
        using (var first = await StartHostAsync(_directory, "00:00:10", "00:00:02"))
        {
            opened = await OpenAsync(first);
            await Task.Delay(TimeSpan.FromSeconds(0.5));
            await first.StopAsync();
        }

        // Down while the first warning (5 s) falls due; the second (8 s) leaves the restart two seconds, even on a busy machine.
        await Task.Delay(opened.CreatedAt.AddSeconds(6) - TimeProvider.System.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
        var restarted = TimeProvider.System.GetUtcNow();
        using var second = await StartHostAsync(_directory, "00:00:10", "00:00:02");
        var started = TimeProvider.System.GetUtcNow();
        await Task.Delay(TimeSpan.FromSeconds(7.5));
        var entries = await OutboxAsync(second);
        await second.StopAsync();

        var warning1 = Assert.Single(entries, e => e.Message.Stage == "Warning1");
        Assert.True(warning1.Message.CreatedAt >= restarted && warning1.Message.CreatedAt <= started + Tolerance,
            $"the missed warning fired {(warning1.Message.CreatedAt - started).TotalMilliseconds:0} ms after the start ({(started - restarted).TotalMilliseconds:0} ms) finished");
        AssertLadder([.. entries.Where(e => e.Message.Stage != "Warning1")], opened.CreatedAt, ("Warning2", 8), ("Breach", 10), ("Escalation", 12));
        Assert.Single(entries, e => e.Message.Kind == OutboxKinds.Opened);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
