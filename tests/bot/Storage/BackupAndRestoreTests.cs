using System.Diagnostics;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Storage;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Harness;
using ConciergeBot.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Bot.Storage;

/// <summary>
/// The database's online backup and the restore the README documents: copy the newest backup into a fresh data
/// directory as conciergebot.db with the keys beside it, start the service there — the tickets and clocks are back and
/// the reminders go on (manual clock).
/// </summary>
public sealed class BackupAndRestoreTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero); // Monday 10:00 in Beijing

    /// <summary>
    /// Quartz runs on the service's clock, so the manual clock moved past 03:30 or 04:00 would start the scheduled
    /// retention and backup beside the test's own: they are scheduled out of its way.
    /// </summary>
    private static Dictionary<string, string?> Settings(string backups, string keep = "14") => new()
    {
        ["Storage:Backup:Path"] = backups,
        ["Storage:Backup:Keep"] = keep,
        ["Storage:Backup:Schedule"] = "0 0 4 1 1 ? 2099",
        ["Storage:Retention:Schedule"] = "0 30 3 1 1 ? 2099",
    };

    /// <summary>The ticket's clock (one: an urgent repair runs its arrival clock) as the database has it.</summary>
    private static string Clock(string number, string column) =>
        $"SELECT c.{column} FROM ticket_clocks c JOIN tickets t ON t.id = c.ticket_id WHERE t.number = '{number}' AND c.kind = 'Arrival'";

    [Fact]
    public async Task A_backup_restored_into_a_fresh_directory_brings_back_the_tickets_clocks_and_reminders()
    {
        var original = TempDirectory.Create();
        var restored = TempDirectory.Create();
        var backups = TempDirectory.Create();
        var settings = Settings(backups);
        try
        {
            string number, backup;
            long dueAt, warningAt;
            var clock = new ManualClock(T0);
            await using (var host = new BotHost(original, settings: settings, services: s => s.AddSingleton<TimeProvider>(clock)))
            {
                var opened = await host.Services.GetRequiredService<TicketDesk>().OpenAsync(new TicketDraft(
                    "repair.urgent", null, new TicketOwner("owner-1", "王先生"), TicketPlace.Flat(3, 2, "1202"), "厨房水管漏水"), CancellationToken.None);
                number = opened.Number;
                dueAt = opened.Due!.Value.ToUnixTimeMilliseconds();
                Assert.Equal(dueAt, host.Count(Clock(number, "due_at")));
                warningAt = host.Count(Clock(number, "next_stage_at"));

                var watch = Stopwatch.StartNew();
                backup = await host.Services.GetRequiredService<DatabaseBackups>().BackUpAsync(CancellationToken.None) ?? throw new InvalidOperationException("no backup");
                output.WriteLine($"backup of the test database: {new FileInfo(backup).Length} bytes in {watch.ElapsedMilliseconds} ms");
            }

            Assert.Equal(backups, Path.GetDirectoryName(backup));
            Assert.Matches(@"conciergebot-20261123-100000\.db$", backup);
            Assert.Equal(0, DatabaseProbe.Scalar(backup, "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"));

            // The documented restore: the backup as conciergebot.db, the keys beside it, start.
            File.Copy(backup, Path.Combine(restored, "conciergebot.db"));
            CopyDirectory(Path.Combine(backups, "keys"), Path.Combine(restored, "keys"));
            var later = new ManualClock(T0.AddMinutes(1)); // before the first warning (at five minutes), so the test sees it fire
            await using var again = new BotHost(restored, settings: Settings(backups), services: s => s.AddSingleton<TimeProvider>(later));
            _ = again.Services;

            Assert.Equal(1, again.Count($"SELECT COUNT(*) FROM tickets WHERE number = '{number}' AND description = '厨房水管漏水'"));
            Assert.Equal(dueAt, again.Count(Clock(number, "due_at")));
            Assert.Equal(warningAt, again.Count(Clock(number, "next_stage_at")));

            later.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(warningAt).AddSeconds(1));
            Assert.True(await again.WaitUntilAsync($"SELECT COUNT(*) FROM outbox WHERE ticket_number = '{number}' AND kind = 'warning'", 1, TimeSpan.FromSeconds(15)),
                "the restored service fired the first warning");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var directory in new[] { original, restored, backups })
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Only_the_newest_backups_are_kept()
    {
        var backups = TempDirectory.Create();
        var clock = new ManualClock(T0);
        await using var host = new BotHost(settings: Settings(backups, keep: "2"), services: s => s.AddSingleton<TimeProvider>(clock));
        var database = host.Services.GetRequiredService<DatabaseBackups>();

        for (var day = 0; day < 4; day++)
        {
            Assert.NotNull(await database.BackUpAsync(CancellationToken.None));
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(["conciergebot-20261125-100000.db", "conciergebot-20261126-100000.db"],
            Directory.GetFiles(backups, "*.db").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(backups, "*.tmp"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(backups, "keys"), "key-*.xml"));
        Directory.Delete(backups, recursive: true);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
