using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Notifications;
using ConciergeBot.Sla;
using ConciergeBot.Storage;
using ConciergeBot.Tests.Harness;
using ConciergeBot.Tickets;
using ConciergeBot.Tickets.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConciergeBot.Tests.Bot.Tickets;

/// <summary>
/// The ticket services as the service registers them, on a temporary SQLite file and a manual clock, in a host that is
/// never started (so no background service runs): the test moves the clock and fires the due stages and runs the sender itself,
/// so every time is exact.
/// </summary>
internal sealed class TicketHarness : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _directory;

    private TicketHarness(IHost host, string directory, ManualClock clock)
    {
        _host = host;
        _directory = directory;
        Clock = clock;
    }

    /// <summary>Monday 2026-11-23 10:00 Beijing time, an ordinary working day.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 11, 23, 10, 0, 0, ChinaTime.Offset);

    public ManualClock Clock { get; }

    public IServiceProvider Services => _host.Services;

    public TicketDesk Desk => Services.GetRequiredService<TicketDesk>();

    public TicketWorkflow Workflow => Services.GetRequiredService<TicketWorkflow>();

    public ClockKeeper Keeper => Services.GetRequiredService<ClockKeeper>();

    public TicketBoard Board => Services.GetRequiredService<TicketBoard>();

    public SlaPolicy Policy => Services.GetRequiredService<SlaPolicy>();

    public RecordingChannel Channel => (RecordingChannel)Services.GetServices<INotificationChannel>().Single(c => c.Name == "test");

    public static async Task<TicketHarness> StartAsync(DateTimeOffset? start = null, IDictionary<string, string?>? settings = null, string? directory = null)
    {
        directory ??= Path.Combine(Path.GetTempPath(), "conciergebot-tests", Guid.NewGuid().ToString("N"));
        var clock = new ManualClock(start ?? DefaultStart);
        var builder = TicketHostBuilder.Create(clock, new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = directory,
        }, settings);
        var host = builder.Build();
        await host.Services.MigrateDatabaseAsync();
        return new TicketHarness(host, directory, clock);
    }

    public Task<OpenedTicket> OpenAsync(string intent, string description, TicketPlace? place = null, string? severity = null, string user = "user-1", DateTimeOffset? appointment = null) =>
        Desk.OpenAsync(new TicketDraft(intent, severity, new TicketOwner(user, "王先生"), place ?? TicketPlace.Flat(3, 2, "1202"), description, Appointment: appointment), CancellationToken.None);

    public async Task<Ticket> TicketAsync(string number) =>
        await Board.FindAsync(number, CancellationToken.None) ?? throw new InvalidOperationException($"no ticket {number}");

    /// <summary>Moves the clock to <paramref name="at"/>, fires the due stages as the reminder scheduler does and delivers the outbox; returns the pings sent.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> AtAsync(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        await Keeper.FireDueAsync(CancellationToken.None);
        return await DeliverAsync();
    }

    public async Task<IReadOnlyList<OutboxMessage>> DeliverAsync()
    {
        var before = Channel.Sent.Count;
        await Services.GetRequiredService<OutboxSender>().DeliverDueAsync(CancellationToken.None);
        return [.. Channel.Sent.Skip(before)];
    }

    public async Task<IReadOnlyList<OutboxEntry>> OutboxAsync()
    {
        await using var connection = await Services.GetRequiredService<SqliteDatabase>().OpenAsync();
        return await Outbox.AllAsync(connection, false, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
