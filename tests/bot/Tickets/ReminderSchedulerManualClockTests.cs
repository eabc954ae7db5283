using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Notifications;
using ConciergeBot.Storage;
using ConciergeBot.Tests.Harness;
using ConciergeBot.Tickets;
using ConciergeBot.Tickets.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConciergeBot.Tests.Bot.Tickets;

/// <summary>
/// The reminder scheduler running in a started host on a manual clock and a real SQLite file: it sleeps until the
/// earliest next_stage_at, a commit with a nearer stage wakes it, and at start it fires what fell due while the
/// service was down — once, however often it starts.
/// </summary>
public sealed class ReminderSchedulerManualClockTests : IDisposable
{
    private static readonly DateTimeOffset T0 = TicketHarness.DefaultStart;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "conciergebot-tests", Guid.NewGuid().ToString("N"));

    private async Task<IHost> BuildAsync(ManualClock clock, bool start, IDictionary<string, string?>? extra = null)
    {
        var host = TicketHostBuilder.Create(clock, new Dictionary<string, string?> { ["Storage:DataDirectory"] = _directory }, extra).Build();
        await host.Services.MigrateDatabaseAsync();
        if (start)
        {
            await host.StartAsync();
        }

        return host;
    }

    private static Task<OpenedTicket> OpenAsync(IHost host, string intent, string text) =>
        host.Services.GetRequiredService<TicketDesk>().OpenAsync(
            new TicketDraft(intent, null, new TicketOwner("owner-1"), TicketPlace.Flat(3, 2, "1202"), text), CancellationToken.None);

    private static async Task<IReadOnlyList<OutboxEntry>> RemindersAsync(IHost host)
    {
        await using var connection = await host.Services.GetRequiredService<SqliteDatabase>().OpenAsync();
        return [.. (await Outbox.AllAsync(connection, false, CancellationToken.None)).Where(e => e.Message.Stage is not null)];
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = TimeProvider.System.GetUtcNow() + Patience;
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"timed out waiting until {what}");
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }

    private static Task SleepsUntilAsync(IHost host, DateTimeOffset at) =>
        UntilAsync(() => Task.FromResult(host.Services.GetRequiredService<ReminderSignal>().SleepingUntil == at), $"the scheduler sleeps until {at:O}");

    [Fact]
    public async Task It_sleeps_until_the_earliest_stage_is_woken_by_a_nearer_one_and_fires_it_at_its_instant()
    {
        var clock = new ManualClock(T0);
        // The retired switch is still accepted (with a warning in the log) and changes nothing.
        using var host = await BuildAsync(clock, start: false, new Dictionary<string, string?> { ["Sla:Scheduler"] = "Sweep" });
        var scheduler = host.Services.GetRequiredService<ReminderSignal>();
        var distant = await OpenAsync(host, "public.general", "楼道灯坏了");
        await host.StartAsync();

        var board = host.Services.GetRequiredService<TicketBoard>();
        var distantStage = (await board.FindAsync(distant.Number, CancellationToken.None))!.Clocks[0].NextStageAt!.Value;
        Assert.True(distantStage > T0.AddHours(1));
        await SleepsUntilAsync(host, distantStage);

        await OpenAsync(host, "repair.urgent", "卫生间水管爆了");
        await SleepsUntilAsync(host, T0.AddMinutes(5));

        clock.SetUtcNow(T0.AddMinutes(5).AddMilliseconds(-1));
        await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System);
        Assert.Empty(await RemindersAsync(host));
        Assert.Equal(T0.AddMinutes(5), scheduler.SleepingUntil);

        clock.SetUtcNow(T0.AddMinutes(5));
        await SleepsUntilAsync(host, T0.AddMinutes(8));
        var warning = Assert.Single(await RemindersAsync(host));
        Assert.Equal(("Warning1", T0.AddMinutes(5)), (warning.Message.Stage, warning.Message.CreatedAt));
        await host.StopAsync();
    }

    [Fact]
    public async Task At_start_it_fires_what_fell_due_while_down_once_however_often_it_starts()
    {
        var clock = new ManualClock(T0);
        using (var first = await BuildAsync(clock, start: false))
        {
            await OpenAsync(first, "repair.urgent", "马桶堵了");
        }

        clock.SetUtcNow(T0.AddMinutes(12));
        for (var i = 0; i < 2; i++)
        {
            using var host = await BuildAsync(clock, start: true);
            await SleepsUntilAsync(host, T0.AddMinutes(20));
            var reminders = await RemindersAsync(host);
            // Both warnings were overtaken (recorded on the timeline, not sent); the breach is sent once.
            Assert.Equal([("Breach", T0.AddMinutes(12))], reminders.Select(e => (e.Message.Stage!, e.Message.CreatedAt)));
            await host.StopAsync();
        }
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
