using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ConciergeBot.Dialogs.Understanding.Entities.Phone;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Notifications.WeCom;

/// <summary>
/// Pings staff in a WeCom group through its robot: <c>text</c> with the recipient @mentioned by mobile (≤ 2048
/// bytes) or <c>markdown</c> (≤ 4096 bytes), at most 20 a minute (excess pings wait for a slot, or go back to the
/// outbox as <see cref="ChannelBusyException"/>: the sender then offers WeCom nothing until a slot frees, and the most
/// urgent ping first). Any non-zero <c>errcode</c> (45009: too frequent, 93000: bad key, ...) fails the attempt for a retry.
/// </summary>
internal sealed class WeComChannel(IHttpClientFactory httpClients, IOptions<WeComOptions> options, KnowledgeStore knowledge, TimeProvider time) : INotificationChannel, IDisposable
{
    /// <summary>The roster as loaded now (roster.json is hot-reloaded).</summary>
    private Roster Roster => knowledge.Current.Roster;

    public const string HttpClientName = "wecom";
    private const int TextLimit = 2048;
    private const int MarkdownLimit = 4096;

    private readonly SlidingWindowGate _gate = new(Math.Max(1, options.Value.MessagesPerMinute), TimeSpan.FromMinutes(1), time);

    public string Name => "wecom";

    public bool IsEnabled => options.Value.WebhookUrl is not null;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var o = options.Value;
        var url = o.WebhookUrl ?? throw new InvalidOperationException("Notifications:WeCom:WebhookUrl is not set");
        var (entered, retryAfter) = await _gate.TryEnterAsync(o.MaxQueueWait, cancellationToken).ConfigureAwait(false);
        if (!entered)
        {
            throw new ChannelBusyException(retryAfter, $"WeCom robot limit of {o.MessagesPerMinute} a minute reached; retrying later");
        }

        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsJsonAsync(url, Body(message, o.Format), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"WeCom robot answered {(int)response.StatusCode}", null, response.StatusCode);
        }

        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken).ConfigureAwait(false);
        var code = answer?["errcode"]?.GetValue<int>() ?? -1;
        if (code != 0)
        {
            throw new InvalidOperationException(
                $"WeCom robot errcode {code.ToString(CultureInfo.InvariantCulture)}: {answer?["errmsg"]?.GetValue<string>()}");
        }
    }

    public JsonObject Body(OutboxMessage message, string format)
    {
        var mobile = message.RecipientId is { } id ? Roster.FindById(id)?.WeComMobile : null;
        // A group robot: everyone in the group reads the ping, so no owner's number is shown in full, the assignee's ping neither.
        var shown = PhoneMask.Mask(message.Text);
        if (string.Equals(format, "markdown", StringComparison.OrdinalIgnoreCase))
        {
            var markdown = $"**工单 {message.Ticket}** · <font color=\"warning\">{message.Recipient}</font>\n> {shown}";
            return new JsonObject
            {
                ["msgtype"] = "markdown",
                ["markdown"] = new JsonObject { ["content"] = PingText.TruncateUtf8(markdown, MarkdownLimit) },
            };
        }

        var text = new JsonObject { ["content"] = PingText.TruncateUtf8(shown, TextLimit) };
        if (mobile is not null)
        {
            text["mentioned_mobile_list"] = new JsonArray(mobile);
        }

        return new JsonObject { ["msgtype"] = "text", ["text"] = text };
    }

    public void Dispose() => _gate.Dispose();
}
