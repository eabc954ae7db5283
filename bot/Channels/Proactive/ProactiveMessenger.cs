using System.Net.Http.Json;
using ConciergeBot.Channels.DirectLine;
using ConciergeBot.Channels.WeChat;
using ConciergeBot.Dialogs.Activities;

namespace ConciergeBot.Channels.Proactive;

/// <summary>
/// Sends a message the bot starts, through the channel of a stored conversation reference: into the Direct Line
/// conversation (Web Chat shows it at once), as a WeChat customer-service message, or Bot Connector style to the
/// reference's serviceUrl. Throws when the message could not be handed over (the caller retries).
/// </summary>
internal sealed class ProactiveMessenger(DirectLineConversations directLine, WeChatApiClient weChat, IHttpClientFactory httpClients)
{
    public const string HttpClientName = "proactive";

    /// <param name="dedupKey">Identifies the message across retries (e.g. <c>outbox:42</c>); channels that can, show it once.</param>
    public async Task SendAsync(ConversationReference reference, Activity message, string? dedupKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(message);
        var outgoing = reference.CreateMessage(message.Text ?? "");
        outgoing.SuggestedActions = message.SuggestedActions;
        outgoing.Attachments = message.Attachments;
        outgoing.ChannelData = message.ChannelData;

        switch (reference.ChannelId)
        {
            case DirectLineConversations.ChannelId:
                await directLine.SendProactiveAsync(reference.Conversation.Id, outgoing, dedupKey, cancellationToken).ConfigureAwait(false);
                return;
            case WeChatActivities.ChannelId:
                var text = WeChatActivities.ToText([outgoing]) ?? throw new InvalidOperationException("Nothing to send.");
                await weChat.SendTextAsync(reference.User?.Id ?? reference.Conversation.Id, text, cancellationToken).ConfigureAwait(false);
                return;
            default:
                await SendToConnectorAsync(reference, outgoing, cancellationToken).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>Bot Connector: <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities</c>.</summary>
    private async Task SendToConnectorAsync(ConversationReference reference, Activity outgoing, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("http" or "https"))
        {
            throw new NotSupportedException($"Channel '{reference.ChannelId}' has no serviceUrl to send to.");
        }

        var target = new Uri(new Uri(serviceUrl.ToString().TrimEnd('/') + "/"),
            $"v3/conversations/{Uri.EscapeDataString(reference.Conversation.Id)}/activities");
        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsJsonAsync(target, outgoing, ActivityJson.Options, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{target} answered {(int)response.StatusCode}", null, response.StatusCode);
        }
    }
}
