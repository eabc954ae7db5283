using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ConciergeBot.Hosting;

namespace ConciergeBot.Benchmarks.Channels;

/// <summary>
/// Direct Line round trip as a Web Chat user sees it: from posting a message to the bot's reply arriving on the
/// conversation's WebSocket stream (or, with <c>--polling</c>, on <c>GET /activities</c>). Each worker owns one
/// conversation with a token from <c>/chat/token</c>, exactly as the /chat page does. Starts the service in-process
/// on a fresh SQLite file unless <c>--url</c> points at a running one.
/// <c>dotnet run -c Release --project tests/Benchmarks -- directline-roundtrip [--seconds 10] [--concurrency 8] [--polling] [--url http://...]</c>
/// </summary>
public static class DirectLineRoundTrip
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var concurrency = Option(args, "--concurrency", 8);
        var polling = args.Contains("--polling");
        var url = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault();

        WebApplication? app = null;
        if (url is null)
        {
            var dir = Path.Combine(Path.GetTempPath(), "conciergebot-dl-load", Guid.NewGuid().ToString("N"));
            app = ConciergeBotApp.CreateBuilder(["--urls", "http://127.0.0.1:0", $"--Storage:DataDirectory={dir}", "--Logging:LogLevel:Default=Warning",
                // A load test is the flood the limits are for: they are off here.
                "--Limits:Turns:Permits=0", "--Limits:Tokens:Permits=0", "--Limits:Conversations:Permits=0"]).Build();
            app.MapEndpoints();
            await app.StartAsync();
            url = app.Urls.First();
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { BaseAddress = new Uri(url) };
        var workers = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Worker.StartAsync(http, polling)));
        try
        {
            await RunForAsync(workers, TimeSpan.FromSeconds(2), record: false); // warm-up: JIT, pools, pages
            var clock = Stopwatch.StartNew();
            var (latencies, errors) = await RunForAsync(workers, TimeSpan.FromSeconds(seconds), record: true);
            clock.Stop();
            var all = latencies.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"directline {(polling ? "polling" : "websocket")}: {all.Length} round trips in {clock.Elapsed.TotalSeconds:F1} s = " +
                $"{all.Length / clock.Elapsed.TotalSeconds:F0}/s; p50 {Percentile(all, 0.50):F2} ms, p99 {Percentile(all, 0.99):F2} ms, " +
                $"max {all.LastOrDefault():F2} ms; errors {errors}; concurrency {concurrency}"));
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }

            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }

    private static async Task<(List<double> Latencies, int Errors)> RunForAsync(Worker[] workers, TimeSpan duration, bool record)
    {
        var stop = Stopwatch.StartNew();
        var results = await Task.WhenAll(workers.Select(async worker =>
        {
            var latencies = new List<double>();
            var errors = 0;
            while (stop.Elapsed < duration)
            {
                try
                {
                    latencies.Add(await worker.RoundTripAsync("谢谢"));
                }
                catch (Exception e) when (e is HttpRequestException or TimeoutException or WebSocketException or OperationCanceledException)
                {
                    errors++;
                }
            }

            return (latencies, errors);
        }));
        return record ? ([.. results.SelectMany(r => r.latencies)], results.Sum(r => r.errors)) : ([], 0);
    }

    /// <summary>One user: a conversation, its token and (unless polling) its WebSocket stream.</summary>
    private sealed class Worker(HttpClient http, string conversationId, string token, ClientWebSocket? socket) : IAsyncDisposable
    {
        private readonly Channel<JsonNode> _arrived = Channel.CreateUnbounded<JsonNode>();
        private Task? _reading;
        private string _watermark = "";
        private int _sent;

        public static async Task<Worker> StartAsync(HttpClient http, bool polling)
        {
            using var tokenResponse = await http.PostAsync(new Uri("/chat/token", UriKind.Relative), null);
            var session = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!;
            var token = session["token"]!.GetValue<string>();
            var conversationId = session["conversationId"]!.GetValue<string>();
            using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
            start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var started = await http.SendAsync(start);
            var streamUrl = JsonNode.Parse(await started.Content.ReadAsStringAsync())!["streamUrl"]!.GetValue<string>();

            ClientWebSocket? socket = null;
            if (!polling)
            {
                socket = new ClientWebSocket();
                await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
            }

            var worker = new Worker(http, conversationId, token, socket);
            worker._reading = socket is null ? null : worker.ReadStreamAsync(socket);
            return worker;
        }

        /// <summary>Posts a message; returns the milliseconds until the bot's reply to it was visible to the client.</summary>
        public async Task<double> RoundTripAsync(string text)
        {
            var clientId = "bench-" + Interlocked.Increment(ref _sent).ToString(CultureInfo.InvariantCulture);
            var body = new JsonObject
            {
                ["type"] = "message",
                ["text"] = text,
                ["from"] = new JsonObject { ["id"] = "bench" },
                ["channelData"] = new JsonObject { ["clientActivityID"] = clientId },
            }.ToJsonString();
            var started = Stopwatch.GetTimestamp();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (true)
            {
                var activity = socket is null ? await PollAsync(timeout.Token) : await _arrived.Reader.ReadAsync(timeout.Token);
                if (activity?["replyToId"]?.GetValue<string>() == id)
                {
                    return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }
        }

        private async Task<JsonNode?> PollAsync(CancellationToken cancellationToken)
        {
            if (_arrived.Reader.TryRead(out var queued))
            {
                return queued;
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={_watermark}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            var set = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
            _watermark = set["watermark"]!.GetValue<string>();
            foreach (var activity in set["activities"]!.AsArray())
            {
                _arrived.Writer.TryWrite(activity!.DeepClone());
            }

            return _arrived.Reader.TryRead(out var next) ? next : null;
        }

        private async Task ReadStreamAsync(ClientWebSocket stream)
        {
            var buffer = new byte[64 * 1024];
            using var message = new MemoryStream();
            try
            {
                while (stream.State == WebSocketState.Open)
                {
                    var result = await stream.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                    if (!result.EndOfMessage)
                    {
                        continue;
                    }

                    if (message.Length > 0)
                    {
                        foreach (var activity in JsonNode.Parse(message.ToArray())!["activities"]!.AsArray())
                        {
                            _arrived.Writer.TryWrite(activity!.DeepClone());
                        }
                    }

                    message.SetLength(0);
                }
            }
            catch (WebSocketException)
            {
                // Closed under us at the end of the run.
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (socket is not null)
            {
                try
                {
                    await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
                }
                catch (Exception e) when (e is WebSocketException or TimeoutException)
                {
                    // Best effort.
                }

                socket.Dispose();
            }

            if (_reading is not null)
            {
                await _reading.WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
