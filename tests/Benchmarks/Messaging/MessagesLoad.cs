using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using ConciergeBot.Hosting;

namespace ConciergeBot.Benchmarks.Messaging;

/// <summary>
/// Load generator for <c>POST /api/messages</c> with expectReplies: a simple dialog turn including the durable
/// state write. Starts the service in-process on a fresh SQLite file unless <c>--url</c> points at a running one.
/// <c>dotnet run -c Release --project tests/Benchmarks -- load-messages [--seconds 10] [--concurrency 16] [--conversations 200] [--url http://... --secret &lt;the server's Messages:Secrets:loadtest&gt;]</c>
/// </summary>
public static class MessagesLoad
{
    private const string Channel = "loadtest";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var concurrency = Option(args, "--concurrency", 16);
        var conversations = Option(args, "--conversations", 200);
        var url = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault();
        // The load comes in as a trusted in-house channel with its shared secret (Messages:Secrets:loadtest), as a real
        // caller must: /api/messages refuses unauthenticated callers outside development.
        var secret = args.SkipWhile(a => a != "--secret").Skip(1).FirstOrDefault() ?? Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

        WebApplication? app = null;
        if (url is null)
        {
            var dir = Path.Combine(Path.GetTempPath(), "conciergebot-load", Guid.NewGuid().ToString("N"));
            var builder = ConciergeBotApp.CreateBuilder(["--urls", "http://127.0.0.1:0", $"--Storage:DataDirectory={dir}", "--Logging:LogLevel:Default=Warning",
                "--Limits:Turns:Permits=0", $"--Messages:Secrets:{Channel}={secret}"]); // a load test is the flood the limits are for
            app = builder.Build();
            app.MapEndpoints();
            await app.StartAsync();
            url = app.Urls.First();
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        // Warm-up: JIT, connection pool, SQLite pages.
        await RunForAsync(http, TimeSpan.FromSeconds(2), concurrency, conversations, []);
        var latencies = new List<double>[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            latencies[i] = new List<double>(100_000);
        }
        var clock = Stopwatch.StartNew();
        var errors = await RunForAsync(http, TimeSpan.FromSeconds(seconds), concurrency, conversations, latencies);
        clock.Stop();

        var all = latencies.SelectMany(l => l).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"turns: {all.Length} in {clock.Elapsed.TotalSeconds:F1} s = {all.Length / clock.Elapsed.TotalSeconds:F0} turns/s; " +
            $"p50 {Percentile(all, 0.50):F2} ms, p99 {Percentile(all, 0.99):F2} ms, max {all.LastOrDefault():F2} ms; errors {errors}; " +
            $"concurrency {concurrency}, conversations {conversations}"));
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        return errors == 0 ? 0 : 1;
    }

    private static async Task<int> RunForAsync(HttpClient http, TimeSpan duration, int concurrency, int conversations, List<double>[] latencies)
    {
        var errors = 0;
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var n = 0;
            while (stop.Elapsed < duration)
            {
                var conversation = (worker + n++ * concurrency) % conversations;
                var body = $$"""{"type":"message","channelId":"{{Channel}}","text":"谢谢","from":{"id":"load-{{conversation}}"},"conversation":{"id":"load-{{conversation}}"},"deliveryMode":"expectReplies"}""";
                using var content = new StringContent(body, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
                await response.Content.ReadAsByteArrayAsync();
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
                else if (latencies.Length > 0)
                {
                    latencies[worker].Add(ms);
                }
            }
        }));
        return errors;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
