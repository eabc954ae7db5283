using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ConciergeBot.Channels.WeChat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConciergeBot.Tests.Bot.Channels.WeChat;

/// <summary>
/// A local stand-in for WeChat that behaves as documented: its API issues access tokens and accepts
/// customer-service messages; its pusher signs (and in safe mode encrypts) pushes, waits 5 s for an answer and
/// retries an unanswered push 3 times.
/// </summary>
internal sealed class FakeWeChatServer : IAsyncDisposable
{
    public const string AppId = "wx2c2769f8efd9abc2";
    public const string AppSecret = "fake-app-secret";
    public const string Token = "spamtest";
    public const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    public const string Account = "gh_10f6c3c3ac5a";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, bool> _validTokens = new();
    private int _tokenRequests;
    private int _issued;

    private FakeWeChatServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int TokenLifetimeSeconds { get; set; } = 7200;

    public int TokenRequests => _tokenRequests;

    public ConcurrentQueue<(string ToUser, string Content)> CustomMessages { get; } = new();

    /// <summary>Template messages received: the follower, the template and its <c>keyword1</c>.</summary>
    public ConcurrentQueue<(string ToUser, string TemplateId, string Content)> TemplateMessages { get; } = new();

    /// <summary>Followers who last wrote more than 48 hours ago: the customer-service API refuses them (45015).</summary>
    public ConcurrentDictionary<string, bool> OutOfWindow { get; } = new();

    /// <summary>The clock WeChat signs pushes with (their <c>timestamp</c>); a test with a manual clock shares it with the bot.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>How long the pusher waits for an answer before it retries (WeChat: 5 s).</summary>
    public TimeSpan PushTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public static async Task<FakeWeChatServer> StartAsync()
    {
        var port = TestPorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeWeChatServer(app, new Uri($"http://127.0.0.1:{port}/"));
        app.MapGet("/cgi-bin/token", server.IssueToken);
        app.MapPost("/cgi-bin/message/custom/send", server.ReceiveCustomMessageAsync);
        app.MapPost("/cgi-bin/message/template/send", server.ReceiveTemplateMessageAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>Makes the access tokens issued so far invalid, as WeChat does when a token is refreshed elsewhere.</summary>
    public void RevokeTokens() => _validTokens.Clear();

    public async Task<(string ToUser, string Content)> WaitForCustomMessageAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        (string ToUser, string Content) message;
        while (!CustomMessages.TryDequeue(out message))
        {
            await Task.Delay(20, cts.Token);
        }

        return message;
    }

    /// <summary>
    /// Pushes a message as WeChat does and returns every attempt's outcome (null = timed out); signed at
    /// <paramref name="signedAt"/> (Unix seconds), by default the fake's <see cref="Clock"/>.
    /// </summary>
    public async Task<PushResult> PushAsync(Uri endpoint, string xml, bool safeMode = false, string? signatureOverride = null, long? signedAt = null)
    {
        var timestamp = (signedAt ?? Clock.GetUtcNow().ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var nonce = Random.Shared.Next(100000000, 999999999).ToString(CultureInfo.InvariantCulture);
        var query = new StringBuilder($"?timestamp={timestamp}&nonce={nonce}&openid=oUser");
        var body = xml;
        WeChatCrypto? crypto = null;
        if (safeMode)
        {
            crypto = new WeChatCrypto(AesKey, AppId);
            var encrypt = crypto.Encrypt(xml);
            body = $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";
            var msgSignature = signatureOverride ?? WeChatSignature.Compute(Token, timestamp, nonce, encrypt);
            query.Append("&encrypt_type=aes&msg_signature=").Append(msgSignature);
        }

        query.Append("&signature=").Append(signatureOverride ?? WeChatSignature.Compute(Token, timestamp, nonce));

        using var client = new HttpClient { Timeout = PushTimeout };
        var attempts = new List<PushAttempt>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "text/xml");
                using var response = await client.PostAsync(new Uri(endpoint + query.ToString()), content);
                var text = await response.Content.ReadAsStringAsync();
                attempts.Add(new PushAttempt((int)response.StatusCode, text));
                if (response.IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (TaskCanceledException)
            {
                attempts.Add(new PushAttempt(null, null));
            }
        }

        return new PushResult(attempts, crypto);
    }

    private IResult IssueToken(string? grant_type, string? appid, string? secret)
    {
        Interlocked.Increment(ref _tokenRequests);
        if (grant_type != "client_credential" || appid != AppId || secret != AppSecret)
        {
            return Results.Json(new { errcode = 40013, errmsg = "invalid appid" });
        }

        var token = $"ACCESS_TOKEN_{Interlocked.Increment(ref _issued)}";
        _validTokens[token] = true;
        return Results.Json(new { access_token = token, expires_in = TokenLifetimeSeconds });
    }

    private async Task<IResult> ReceiveCustomMessageAsync(HttpRequest request, string? access_token)
    {
        if (access_token is null || !_validTokens.ContainsKey(access_token))
        {
            return Results.Json(new { errcode = 40001, errmsg = "invalid credential, access_token is invalid or not latest" });
        }

        var body = await JsonNode.ParseAsync(request.Body);
        if (body?["msgtype"]?.GetValue<string>() != "text")
        {
            return Results.Json(new { errcode = 40008, errmsg = "invalid message type" });
        }

        if (OutOfWindow.ContainsKey(body["touser"]!.GetValue<string>()))
        {
            return Results.Json(new { errcode = 45015, errmsg = "response out of time limit or subscription is canceled" });
        }

        CustomMessages.Enqueue((body["touser"]!.GetValue<string>(), body["text"]!["content"]!.GetValue<string>()));
        return Results.Json(new { errcode = 0, errmsg = "ok" });
    }

    private async Task<IResult> ReceiveTemplateMessageAsync(HttpRequest request, string? access_token)
    {
        if (access_token is null || !_validTokens.ContainsKey(access_token))
        {
            return Results.Json(new { errcode = 40001, errmsg = "invalid credential, access_token is invalid or not latest" });
        }

        var body = await JsonNode.ParseAsync(request.Body);
        if (body?["template_id"]?.GetValue<string>() is not { Length: > 0 } template || body["data"]?["keyword1"]?["value"] is null)
        {
            return Results.Json(new { errcode = 40037, errmsg = "invalid template_id" });
        }

        TemplateMessages.Enqueue((body["touser"]!.GetValue<string>(), template, body["data"]!["keyword1"]!["value"]!.GetValue<string>()));
        return Results.Json(new { errcode = 0, errmsg = "ok", msgid = 200228332 });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record PushAttempt(int? Status, string? Body);

internal sealed record PushResult(IReadOnlyList<PushAttempt> Attempts, WeChatCrypto? Crypto)
{
    public PushAttempt Last => Attempts[^1];
}
