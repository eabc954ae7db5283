using System.Net.Http.Json;
using ConciergeBot.Dialogs.Activities;

namespace ConciergeBot.Messaging;

/// <summary>
/// Sends replies Bot Connector style: <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c>.
/// </summary>
public sealed partial class ConnectorClient(HttpClient http, ILogger<ConnectorClient> logger)
{
    public async Task<bool> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!Uri.TryCreate(reply.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("http" or "https"))
        {
            return false;
        }
        var path = $"v3/conversations/{Uri.EscapeDataString(reply.Conversation?.Id ?? "")}/activities/{Uri.EscapeDataString(reply.ReplyToId ?? "")}";
        var target = new Uri(new Uri(serviceUrl.ToString().TrimEnd('/') + "/"), path);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            try
            {
                using var response = await http.PostAsJsonAsync(target, reply, ActivityJson.Options, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
                LogRejected(logger, target, (int)response.StatusCode, attempt);
            }
            catch (HttpRequestException ex)
            {
                LogFailed(logger, ex, target, attempt);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt * attempt), cancellationToken).ConfigureAwait(false);
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply to {Target} rejected with {Status} (attempt {Attempt})")]
    private static partial void LogRejected(ILogger logger, Uri target, int status, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply to {Target} failed (attempt {Attempt})")]
    private static partial void LogFailed(ILogger logger, Exception exception, Uri target, int attempt);
}
