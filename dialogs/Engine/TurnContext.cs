using ConciergeBot.Dialogs.Activities;

namespace ConciergeBot.Dialogs.Engine;

/// <summary>
/// One turn: the inbound activity, the replies the bot sends, and the state loaded for the conversation and user.
/// Replies are collected and handed to the channel after the turn's state is committed, so nothing a reply
/// depends on can be lost.
/// </summary>
/// <param name="bot">The bot's account, the sender of its replies when the inbound activity names no recipient.</param>
public sealed class TurnContext(Activity activity, ConversationData conversation, UserProfile user, DateTimeOffset now, ChannelAccount bot)
{
    private readonly List<Activity> _responses = [];
    private readonly List<Action<Activity>> _onSend = [];

    public Activity Activity { get; } = activity;

    /// <summary>The conversation's durable state (dialog stack, ...), saved after the turn.</summary>
    public ConversationData Conversation { get; set; } = conversation;

    /// <summary>The user's durable profile (binding to a room, name, ...), saved after the turn.</summary>
    public UserProfile User { get; set; } = user;

    /// <summary>The time the turn started (from the injected TimeProvider).</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>The inbound text after the normalisation hook (Traditional→Simplified, width, whitespace).</summary>
    public string NormalizedText { get; set; } = activity.Text ?? "";

    /// <summary>Per-turn scratch values for middleware and dialogs (not persisted).</summary>
    public Dictionary<string, object> TurnState { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Activity> Responses => _responses;

    public bool Responded => _responses.Count > 0;

    public Task SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    /// <summary>Addresses the activity as a reply to the inbound one and queues it for delivery.</summary>
    public Task SendActivityAsync(Activity reply, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        reply.Type ??= ActivityTypes.Message;
        reply.Id ??= Guid.NewGuid().ToString("N");
        reply.ChannelId = Activity.ChannelId;
        reply.ServiceUrl = Activity.ServiceUrl;
        reply.Conversation = Activity.Conversation;
        reply.From ??= Activity.Recipient ?? bot;
        reply.Recipient ??= Activity.From;
        reply.ReplyToId ??= Activity.Id;
        reply.Locale ??= Activity.Locale ?? "zh-CN";
        reply.Timestamp = Now;
        if (ReplyScript is { } script)
        {
            reply.Text = reply.Text is null ? null : script(reply.Text);
            if (reply.SuggestedActions is { } suggested)
            {
                // Values too: a button's value comes back as the user's message, read through the normaliser again.
                reply.SuggestedActions = suggested with
                {
                    Actions = [.. suggested.Actions.Select(a => a with { Title = script(a.Title), Value = a.Value is null ? null : script(a.Value) })],
                };
            }
        }

        _responses.Add(reply);
        foreach (var handler in _onSend)
        {
            handler(reply);
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Forgets the replies sent so far (and their transcript lines): a failed turn's writes are rolled back, so what
    /// it said about them — a ticket number — must not reach the user either.
    /// </summary>
    internal void DiscardReplies()
    {
        _responses.Clear();
        PendingTranscript.RemoveAll(entry => entry.Outbound);
    }

    /// <summary>Registers a handler called for every activity the bot sends in this turn (transcripts, metrics).</summary>
    public void OnSendActivity(Action<Activity> handler) => _onSend.Add(handler);

    /// <summary>Transcript lines written with the turn's state, in the same transaction.</summary>
    internal List<TranscriptEntry> PendingTranscript { get; } = [];

    /// <summary>Converts the text of every reply sent from now on (Simplified → Traditional for users who write Traditional).</summary>
    public Func<string, string>? ReplyScript { get; set; }

    /// <summary>True when the inbound text was written in Traditional characters (answer in Traditional).</summary>
    public bool IsTraditional { get; set; }

    public T? Get<T>(string key) where T : class => TurnState.TryGetValue(key, out var value) ? value as T : null;

    /// <summary>The turn's one value of type <typeparamref name="T"/> (the message's reading), keyed by its type as the Bot Framework's TurnState does.</summary>
    public T? Get<T>() where T : class => Get<T>(typeof(T).FullName!);

    /// <summary>Sets the turn's one value of type <typeparamref name="T"/>.</summary>
    public void Set<T>(T value) where T : class => TurnState[typeof(T).FullName!] = value;
}
