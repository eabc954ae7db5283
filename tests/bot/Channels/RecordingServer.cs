using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConciergeBot.Tests.Bot.Channels;

/// <summary>
/// A local HTTP receiver standing in for a third party (WeCom robot, Discord webhook, a Bot Connector channel):
/// it records every POST body and answers with what the test's <c>respond</c> function says.
/// </summary>
internal sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _calls;

    private RecordingServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<(string PathAndQuery, string Body)> Received { get; } = new();

    /// <summary>Bodies of the calls that were answered with success (2xx and, for WeCom, errcode 0).</summary>
    public ConcurrentQueue<string> Accepted { get; } = new();

    public int Calls => _calls;

    /// <summary><paramref name="respond"/> gets the 1-based call number and the body; return the answer and whether it counts as accepted.</summary>
    public static async Task<RecordingServer> StartAsync(Func<int, string, (IResult Result, bool Accepted)> respond)
    {
        var port = TestPorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RecordingServer(app, new Uri($"http://127.0.0.1:{port}/"));
        app.MapPost("/{**path}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            server.Received.Enqueue((request.Path + request.QueryString, body));
            var (result, accepted) = respond(Interlocked.Increment(ref server._calls), body);
            if (accepted)
            {
                server.Accepted.Enqueue(body);
            }

            return result;
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
