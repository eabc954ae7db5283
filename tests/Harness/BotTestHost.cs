using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Harness;

/// <summary>
/// The real service (all registrations of the HTTP host) without Kestrel, on a temporary SQLite file and a
/// manual clock. Two hosts on the same directory behave like a restart.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, string dataDirectory, ManualClock clock)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Clock = clock;
    }

    public string DataDirectory { get; }

    public ManualClock Clock { get; }

    public IServiceProvider Services => _app.Services;

    public TurnProcessor Processor => _app.Services.GetRequiredService<TurnProcessor>();

    public static async Task<BotTestHost> StartAsync(string? dataDirectory = null, ManualClock? clock = null, Action<IServiceCollection>? configure = null, params string[] settings)
    {
        dataDirectory ??= TempDirectory.Create();
        clock ??= new ManualClock();
        var builder = ConciergeBotApp.CreateBuilder([$"--Storage:DataDirectory={dataDirectory}", .. settings]);
        builder.Services.AddSingleton<TimeProvider>(clock);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        await app.PrepareAsync();
        return new BotTestHost(app, dataDirectory, clock);
    }

    public TestFlow Flow(string conversationId = "conversation-1", string userId = "owner-1") => new(Processor, conversationId, userId);

    /// <summary>A scalar from the bot's database (what the test checks was, or was not, stored).</summary>
    public long Count(string sql) => DatabaseProbe.Scalar(DatabaseProbe.FileIn(DataDirectory), sql);

    /// <summary>Tomorrow (by the host's clock, in China) at <paramref name="hour"/>:00, as a ticket's appointment_at stores it.</summary>
    public long TomorrowAt(int hour)
    {
        var today = Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        return new DateTimeOffset(today.Year, today.Month, today.Day, hour, 0, 0, TimeSpan.FromHours(8)).AddDays(1).ToUnixTimeMilliseconds();
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
