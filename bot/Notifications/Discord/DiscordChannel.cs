using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConciergeBot.Dialogs.Understanding.Entities.Phone;
using ConciergeBot.Knowledge.Store;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Notifications.Discord;

/// <summary>
/// Pings a Discord channel through an incoming webhook (<c>{"content", "username"}</c> → 204). A 429 is honoured:
/// the ping waits <c>retry_after</c> and tries again, or — when that is longer than we wait in place — fails the
/// attempt so the outbox retries later. Mentions are disabled (the text is ours, but never ping @everyone).
/// </summary>
internal sealed class DiscordChannel(IHttpClientFactory httpClients, IOptions<DiscordOptions> options, KnowledgeStore knowledge, TimeProvider time) : INotificationChannel
{
    public const string HttpClientName = "discord";
    private const int ContentLimit = 2000;
    private const int MaxRateLimitedTries = 3;

    public string Name => "discord";

    public bool IsEnabled => options.Value.WebhookUrl is not null;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var o = options.Value;
        var url = o.WebhookUrl ?? throw new InvalidOperationException("Notifications:Discord:WebhookUrl is not set");
        // A channel everyone in the server may read: no owner's number in full, the assignee's ping neither.
        var body = new JsonObject
        {
            ["content"] = PingText.TruncateChars($"**工单 {message.Ticket}** → {message.Recipient}\n{PhoneMask.Mask(message.Text)}", ContentLimit),
            ["username"] = o.Username is { Length: > 0 } username ? username : $"{knowledge.Current.Register.Profile.Name}工单提醒",
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        };

        using var http = httpClients.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            using var response = await http.PostAsJsonAsync(url, body, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                throw new HttpRequestException($"Discord webhook answered {(int)response.StatusCode}", null, response.StatusCode);
            }

            var retryAfter = await RetryAfterAsync(response, cancellationToken).ConfigureAwait(false);
            if (attempt >= MaxRateLimitedTries || retryAfter > o.MaxRetryAfter)
            {
                throw new HttpRequestException(
                    $"Discord rate limit: retry after {retryAfter.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s", null, response.StatusCode);
            }

            await Task.Delay(retryAfter, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The wait Discord asks for: <c>retry_after</c> (seconds) in the body, else the Retry-After header.</summary>
    private static async Task<TimeSpan> RetryAfterAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken).ConfigureAwait(false);
            if (body?["retry_after"] is JsonValue value && value.TryGetValue<double>(out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }
        catch (JsonException)
        {
            // Fall back to the header.
        }

        return response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
    }
}
