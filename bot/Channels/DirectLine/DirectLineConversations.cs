using System.Security.Cryptography;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Channels.DirectLine;

/// <summary>
/// The Direct Line channel behind the endpoints: starts conversations (telling the bot, which greets), logs the
/// user's activity (the echo Web Chat waits for) before running the turn, logs the bot's replies, and wakes
/// the conversation's streams after every append.
/// </summary>
internal sealed class DirectLineConversations(DirectLineStore store, DirectLineHub hub, TurnProcessor turns, IBotIdentity identity, TimeProvider time)
{
    public const string ChannelId = "directline";

    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>Reserves a conversation for a user (token issue); the bot hears of it when a client starts it.</summary>
    public async Task<string> ReserveAsync(string userId, CancellationToken cancellationToken)
    {
        var id = NewConversationId();
        await store.CreateAsync(id, userId, cancellationToken).ConfigureAwait(false);
        return id;
    }

    public Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        store.FindAsync(conversationId, cancellationToken);

    /// <summary>Starts the conversation once: the bot receives conversationUpdate (membersAdded: the user). True if this call started it.</summary>
    public async Task<bool> StartAsync(DirectLineConversation conversation, string serviceUrl, CancellationToken cancellationToken)
    {
        if (conversation.Started || !await store.MarkStartedAsync(conversation.Id, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var user = new ChannelAccount(conversation.UserId, Role: "user");
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = DirectLineStore.ActivityId(conversation.Id, 0),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(conversation.Id),
            From = user,
            Recipient = identity.Account,
            MembersAdded = [user],
            Timestamp = time.GetUtcNow(),
            Locale = "zh-CN",
        };
        await RunTurnAsync(conversation.Id, update, logged: false, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Accepts a client's activity: stamps it as the token's user, logs it (the echo, with its channelData intact),
    /// runs the turn and logs the replies. Returns the activity's server id.
    /// </summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity activity, string serviceUrl, CancellationToken cancellationToken)
    {
        activity.From = (activity.From ?? new ChannelAccount(conversation.UserId)) with { Id = conversation.UserId, Role = "user" };
        activity.Recipient = identity.Account;
        activity.Conversation = new ConversationAccount(conversation.Id);
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Timestamp = time.GetUtcNow();
        activity.Locale ??= "zh-CN";
        activity.DeliveryMode = null;

        // Web Chat and DirectLineJS mark each activity with channelData.clientActivityID and send it again when a
        // POST failed: the retry gets the id the log already gave it, and the turn below answers from its record.
        string id;
        if (ClientActivityId(activity) is { } clientId)
        {
            (var appended, id) = await store.AppendInboundOnceAsync(conversation.Id, activity, "client:" + clientId, cancellationToken).ConfigureAwait(false);
            if (appended)
            {
                hub.Notify(conversation.Id);
            }
        }
        else
        {
            await store.AppendAsync(conversation.Id, [activity], fromUser: true, cancellationToken).ConfigureAwait(false);
            hub.Notify(conversation.Id);
            id = activity.Id!;
        }

        if (activity.Type is ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.ConversationUpdate)
        {
            // The pipeline gets its own copy: the logged echo stays exactly what the client sent.
            var copy = ActivityJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(ActivityJson.Serialize(activity)))!;
            copy.Id = id;
            await RunTurnAsync(conversation.Id, copy, logged: true, cancellationToken).ConfigureAwait(false);
        }

        return id;
    }

    private static string? ClientActivityId(Activity activity) =>
        activity.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String
        && value.GetString() is { Length: > 0 and <= 200 } clientId
            ? clientId
            : null;

    /// <summary>Runs the turn and logs the replies. Replies to an activity that is not in the log (the start's
    /// conversationUpdate) carry no replyToId: Web Chat holds a reply back for seconds waiting for its parent.</summary>
    private async Task RunTurnAsync(string conversationId, Activity inbound, bool logged, CancellationToken cancellationToken)
    {
        var replies = await turns.ProcessAsync(inbound, cancellationToken).ConfigureAwait(false);
        if (replies.Count == 0)
        {
            return;
        }

        foreach (var reply in replies)
        {
            reply.ChannelId = ChannelId;
            reply.From = identity.Account;
            reply.Conversation = new ConversationAccount(conversationId);
            if (!logged)
            {
                reply.ReplyToId = null;
            }
        }

        if (!logged)
        {
            await store.AppendAsync(conversationId, replies, fromUser: false, cancellationToken).ConfigureAwait(false);
            hub.Notify(conversationId);
            return;
        }

        // Keyed by the reply's own id: a retried activity's turn gives the same replies again, and they show once.
        var shown = false;
        foreach (var reply in replies)
        {
            shown |= await store.AppendOnceAsync(conversationId, reply, "reply:" + reply.Id, cancellationToken).ConfigureAwait(false);
        }
        if (shown)
        {
            hub.Notify(conversationId);
        }
    }
}
