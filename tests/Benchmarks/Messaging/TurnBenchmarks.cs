using BenchmarkDotNet.Attributes;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Hosting;

namespace ConciergeBot.Benchmarks.Messaging;

/// <summary>One simple dialog turn through the pipeline with its durable SQLite commit, no HTTP.</summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private WebApplication _app = null!;
    private TurnProcessor _processor = null!;
    private int _n;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(Path.GetTempPath(), "conciergebot-bench", Guid.NewGuid().ToString("N"));
        var builder = ConciergeBotApp.CreateBuilder([$"--Storage:DataDirectory={dir}", "--Logging:LogLevel:Default=Warning", "--Limits:Turns:Permits=0"]);
        _app = builder.Build();
        _app.PrepareAsync().GetAwaiter().GetResult();
        _processor = _app.Services.GetRequiredService<TurnProcessor>();
    }

    [GlobalCleanup]
    public void Cleanup() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public Task<IReadOnlyList<Activity>> SimpleTurn()
    {
        var id = "bench-" + (_n++ % 200);
        return _processor.ProcessAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "谢谢",
            From = new ChannelAccount(id),
            Conversation = new ConversationAccount(id),
        }, CancellationToken.None);
    }
}
