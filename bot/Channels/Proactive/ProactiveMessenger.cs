using System.Net.Http.Json;
using ConciergeBot.Channels.DirectLine;
using ConciergeBot.Channels.WeChat;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Messaging;

namespace ConciergeBot.Channels.Proactive;

/// <summary>
/// Sends a message the bot starts, through the channel of a stored conversation reference: into the Direct Line
/// conversation (Web Chat shows it at once), as a WeChat customer-service message, or Bot Connector style to the
/// reference's serviceUrl when it is on the allow-list (<see cref="ServiceUrlPolicy"/>). Throws when the message
/// could not be handed over (the caller retries; <see cref="NotSupportedException"/> when a retry cannot help).
/// It needs no turn pipeline, so background senders can use it without building the dialogs.
/// </summary>
internal sealed class ProactiveMessenger(
    DirectLineStore directLineLog, DirectLineHub directLineStreams, WeChatApiClient weChat, IHttpClientFactory httpClients, IBotIdentity identity, ServiceUrlPolicy serviceUrls, TimeProvider time)
{
    public const string HttpClientName = "proactive";

    /// <summary>
    /// True when a message to <paramref name="reference"/> goes to an address of our own configuration: Direct Line
    /// (in-process), WeChat (the configured API), or a Bot Connector serviceUrl on the allow-list.
    /// </summary>
    public bool CanDeliver(ConversationReference reference) =>
        reference is not null
        && (reference.ChannelId is DirectLineConversations.ChannelId or WeChatActivities.ChannelId
            || serviceUrls.Allows(reference.ChannelId, reference.ServiceUrl));

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
                await SendToDirectLineAsync(reference.Conversation.Id, outgoing, dedupKey, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Into the Direct Line conversation's log, waking its streams. With a <paramref name="dedupKey"/> a retried
    /// send of the same message is not shown twice.
    /// </summary>
    private async Task SendToDirectLineAsync(string conversationId, Activity message, string? dedupKey, CancellationToken cancellationToken)
    {
        message.ChannelId = DirectLineConversations.ChannelId;
        message.From = identity.Account;
        message.Conversation = new ConversationAccount(conversationId);
        message.Timestamp = time.GetUtcNow();
        if (dedupKey is null)
        {
            await directLineLog.AppendAsync(conversationId, [message], fromUser: false, cancellationToken).ConfigureAwait(false);
        }
        else if (!await directLineLog.AppendOnceAsync(conversationId, message, dedupKey, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        directLineStreams.Notify(conversationId);
    }

    /// <summary>Bot Connector: <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities</c>.</summary>
    private async Task SendToConnectorAsync(ConversationReference reference, Activity outgoing, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("http" or "https"))
        {
            throw new NotSupportedException($"Channel '{reference.ChannelId}' has no serviceUrl to send to.");
        }
        if (!serviceUrls.Allows(reference.ChannelId, reference.ServiceUrl))
        {
            throw new NotSupportedException($"serviceUrl {serviceUrl.GetLeftPart(UriPartial.Authority)} is not on the allow-list of channel '{reference.ChannelId}'.");
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
