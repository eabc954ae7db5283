using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using ConciergeBot.Knowledge.Calendar;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Notifications.Webhook;

/// <summary>
/// The generic JSON webhook (<c>Notifications:Webhook:Url</c>): POSTs
/// <c>{"id","ticket","kind","level","to","text","due",...}</c> with an <c>Idempotency-Key</c> header carrying the
/// outbox id. Any 2xx answer counts as delivered.
/// </summary>
internal sealed class WebhookChannel(IHttpClientFactory httpClients, IOptions<NotificationOptions> options) : INotificationChannel
{
    public const string HttpClientName = "webhook";

    public string Name => "webhook";

    public bool IsEnabled => options.Value.Webhook.Url is not null;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var url = options.Value.Webhook.Url ?? throw new InvalidOperationException("Notifications:Webhook:Url is not set");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(Body.From(message)),
        };
        request.Headers.Add("Idempotency-Key", message.Id.ToString(CultureInfo.InvariantCulture));
        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"webhook answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }
    }

    private sealed record Body(
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("ticket")] string Ticket,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("level")] string Level,
        [property: JsonPropertyName("to")] string To,
        [property: JsonPropertyName("toId")] string? ToId,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("due")] DateTimeOffset? Due,
        [property: JsonPropertyName("stage")] string? Stage,
        [property: JsonPropertyName("at")] DateTimeOffset At)
    {
        public static Body From(OutboxMessage m) => new(
            m.Id, m.Ticket, m.Kind, m.Level, m.Recipient, m.RecipientId, m.Text,
            m.Due is { } due ? ChinaTime.ToLocal(due) : null, m.Stage, ChinaTime.ToLocal(m.CreatedAt));
    }
}
