using System.Net.Http.Json;
using ConciergeBot.Dialogs.Activities;

namespace ConciergeBot.Messaging;

/// <summary>
/// Sends replies Bot Connector style: <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c>.
/// One attempt per call (the HTTP client's resilience handler aside): the outbox retries with backoff. Only a
/// serviceUrl on the allow-list is posted to — checked again here, for replies queued before the list changed.
/// </summary>
internal sealed class ConnectorClient(HttpClient http, ServiceUrlPolicy serviceUrls)
{
    /// <summary>True when the activity names an http(s) serviceUrl to post replies to.</summary>
    public static bool HasServiceUrl(Activity activity) =>
        activity is not null
        && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) && serviceUrl.Scheme is "http" or "https";

    /// <summary>Posts one reply; throws when it was not accepted (<see cref="NotSupportedException"/> when it has nowhere to go).</summary>
    public async Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!Uri.TryCreate(reply.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("http" or "https"))
        {
            throw new NotSupportedException("the reply has no http(s) serviceUrl");
        }
        if (!serviceUrls.Allows(reply.ChannelId, reply.ServiceUrl))
        {
            throw new NotSupportedException($"serviceUrl {serviceUrl.GetLeftPart(UriPartial.Authority)} is not on the allow-list of channel '{reply.ChannelId}'");
        }
        var path = $"v3/conversations/{Uri.EscapeDataString(reply.Conversation?.Id ?? "")}/activities/{Uri.EscapeDataString(reply.ReplyToId ?? "")}";
        var target = new Uri(new Uri(serviceUrl.ToString().TrimEnd('/') + "/"), path);
        using var response = await http.PostAsJsonAsync(target, reply, ActivityJson.Options, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{target} answered {(int)response.StatusCode}", null, response.StatusCode);
        }
    }
}
