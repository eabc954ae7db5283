using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels.WeChat;

/// <summary>
/// The parts of the WeChat server API the bot calls: the access token (cached until shortly before it expires,
/// one refresh at a time) and the customer-service message send used for replies that miss the 5 s window
/// and for proactive messages (allowed within 48 h of the user's last message).
/// </summary>
internal sealed partial class WeChatApiClient(HttpClient http, IOptions<WeChatOptions> options, TimeProvider time, ILogger<WeChatApiClient> logger) : IDisposable
{
    private const int InvalidCredential = 40001;
    private const int AccessTokenExpired = 42001;
    private const int InvalidAccessToken = 40014;

    /// <summary>The customer-service window is closed: the follower has not written for 48 hours.</summary>
    public const int OutOfWindow = 45015;

    /// <summary>WeChat's limit on a template field's value.</summary>
    private const int TemplateFieldLength = 200;

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private string? _token;
    private DateTimeOffset _refreshAfter;

    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && time.GetUtcNow() < _refreshAfter)
        {
            return cached;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is { } fresh && time.GetUtcNow() < _refreshAfter)
            {
                return fresh;
            }

            var o = options.Value;
            var url = new Uri(o.ApiBaseUrl,
                $"cgi-bin/token?grant_type=client_credential&appid={Uri.EscapeDataString(o.AppId)}&secret={Uri.EscapeDataString(o.AppSecret)}");
            var body = await GetJsonAsync(url, cancellationToken).ConfigureAwait(false);
            var token = body["access_token"]?.GetValue<string>()
                ?? throw new WeChatApiException("Token response has no access_token.");
            var lifetime = TimeSpan.FromSeconds(body["expires_in"]?.GetValue<int>() ?? 7200);
            // Refresh early: 5 minutes before expiry, or a fifth of the lifetime when it is short.
            var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, lifetime.Ticks / 5));
            _token = token;
            _refreshAfter = time.GetUtcNow() + lifetime - margin;
            LogTokenRefreshed(logger, lifetime.TotalSeconds);
            return token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>
    /// Sends a text message through the customer-service API; retries once with a new token if WeChat rejects the cached
    /// one. Outside the 48-hour customer-service window (errcode 45015) it sends the configured template message instead.
    /// </summary>
    public async Task SendTextAsync(string openId, string content, CancellationToken cancellationToken)
    {
        var payload = new JsonObject
        {
            ["touser"] = openId,
            ["msgtype"] = "text",
            ["text"] = new JsonObject { ["content"] = content },
        };

        try
        {
            await PostAsync("cgi-bin/message/custom/send", payload, cancellationToken).ConfigureAwait(false);
        }
        catch (WeChatApiException e) when (e.ErrorCode == OutOfWindow && options.Value.ServiceTemplateId.Length > 0)
        {
            await PostAsync("cgi-bin/message/template/send", Template(openId, content), cancellationToken).ConfigureAwait(false);
        }
    }

    private JsonObject Template(string openId, string content) => new()
    {
        ["touser"] = openId,
        ["template_id"] = options.Value.ServiceTemplateId,
        ["data"] = new JsonObject
        {
            ["first"] = new JsonObject { ["value"] = "您有一条新的服务通知" },
            ["keyword1"] = new JsonObject { ["value"] = content.Length > TemplateFieldLength ? content[..(TemplateFieldLength - 1)] + "…" : content },
            ["remark"] = new JsonObject { ["value"] = "如需回复，请在公众号内直接留言。" },
        },
    };

    private async Task PostAsync(string path, JsonObject payload, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = await GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            var url = new Uri(options.Value.ApiBaseUrl, path + "?access_token=" + Uri.EscapeDataString(token));
            try
            {
                using var response = await http.PostAsJsonAsync(url, payload, cancellationToken).ConfigureAwait(false);
                await EnsureOkAsync(response, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (WeChatApiException e) when (attempt == 0 && e.ErrorCode is InvalidCredential or AccessTokenExpired or InvalidAccessToken)
            {
                Invalidate(token);
            }
        }
    }

    public void Dispose() => _refresh.Dispose();

    private void Invalidate(string token)
    {
        if (_token == token)
        {
            _token = null;
        }
    }

    private async Task<JsonObject> GetJsonAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
        return await EnsureOkAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<JsonObject> EnsureOkAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new WeChatApiException($"WeChat API answered HTTP {(int)response.StatusCode}.");
        }

        JsonObject body;
        try
        {
            body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken).ConfigureAwait(false)
                ?? throw new WeChatApiException("WeChat API answered an empty body.");
        }
        catch (JsonException e)
        {
            throw new WeChatApiException("WeChat API answered malformed JSON.", -1, e);
        }

        var code = body["errcode"]?.GetValue<int>() ?? 0;
        if (code != 0)
        {
            throw new WeChatApiException(
                $"WeChat API errcode {code.ToString(CultureInfo.InvariantCulture)}: {body["errmsg"]?.GetValue<string>()}", code);
        }

        return body;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WeChat access token refreshed (valid {Seconds} s)")]
    private static partial void LogTokenRefreshed(ILogger logger, double seconds);
}
