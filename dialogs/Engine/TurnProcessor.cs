using System.Text.Json;
using ConciergeBot.Dialogs.Activities;
using Microsoft.Extensions.Logging;

namespace ConciergeBot.Dialogs.Engine;

/// <summary>
/// The turn pipeline (the Bot Framework "adapter"): one turn at a time per conversation, state loaded before and
/// committed after every turn (with the transcript, in one transaction), middleware then the bot.
/// An unhandled error in a turn apologises to the user and resets only that conversation's dialog stack.
/// The replies are returned only after the commit, so a channel never shows what the store has not kept.
/// Exactly once: an activity with a channel-given id is processed once per (channel, conversation, id) — what the
/// turn wrote (a ticket too), its state and the record of the activity with its replies commit in one transaction,
/// and a retry gets those first replies back without a turn.
/// </summary>
public sealed partial class TurnProcessor(
    IConversationStore store,
    IBot bot,
    IEnumerable<ITurnMiddleware> middleware,
    ConversationGate gate,
    IBotIdentity identity,
    TimeProvider time,
    ILogger<TurnProcessor> logger)
{
    private readonly ITurnMiddleware[] _middleware = [.. middleware];

    public static string ConversationKey(Activity activity) =>
        $"conversation/{activity.ChannelId}/{activity.Conversation?.Id}";

    public static string UserKey(Activity activity) => $"user/{activity.ChannelId}/{activity.From?.Id}";

    /// <summary>Runs one inbound activity through the pipeline and returns the bot's replies (already committed).</summary>
    public Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken) =>
        ProcessAsync(activity, queueReplies: false, cancellationToken);

    /// <summary>
    /// Runs one inbound activity; with <paramref name="queueReplies"/> the replies are also committed with the turn
    /// for the store to deliver afterwards (they are still returned, already queued).
    /// </summary>
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, bool queueReplies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            throw new ArgumentException("An activity needs conversation.id and from.id.", nameof(activity));
        }
        // The one door every channel's message passes: what the turn reads, the transcript and the ticket keep is clean text.
        activity.Text = StoredText.Clean(activity.Text);
        if (activity.From is { Name: { } name } sender && !ReferenceEquals(StoredText.Clean(name), name))
        {
            activity.From = sender with { Name = StoredText.Clean(name) };
        }
        activity.ChannelId ??= "api";
        activity.Type ??= ActivityTypes.Message;
        var now = time.GetUtcNow();
        activity.Timestamp ??= now;
        // Only an id the channel gave can come again; one made up here identifies nothing.
        var key = string.IsNullOrEmpty(activity.Id) ? null : new ActivityKey(activity.ChannelId, activity.Conversation.Id, activity.Id);
        activity.Id ??= Guid.NewGuid().ToString("N");

        var conversationKey = ConversationKey(activity);
        var userKey = UserKey(activity);
        // A duplicate sent while the first is still in its turn waits here, then finds the first one's record.
        using var lease = await gate.EnterAsync(conversationKey, cancellationToken).ConfigureAwait(false);
        if (key is not null && await store.FindProcessedAsync(key, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            LogReplayed(logger, conversationKey, activity.Id);
            return earlier;
        }

        var (storedConversation, storedUser) = await store.ReadPairAsync(conversationKey, userKey, cancellationToken).ConfigureAwait(false);
        var turn = new TurnContext(
            activity,
            Load<ConversationData>(storedConversation, conversationKey),
            Load<UserProfile>(storedUser, userKey),
            now,
            identity.Account);

        // Everything the turn writes (a ticket it opens) commits with its state and the record of the activity.
        var unit = store.BeginTurn();
        try
        {
            var failed = false;
            try
            {
                await RunAsync(turn, 0, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failed = true;
                LogTurnFailed(logger, ex, conversationKey);
                // What the failed turn wrote goes with it: no ticket the owner was never told of.
                await unit.DisposeAsync().ConfigureAwait(false);
                unit = store.BeginTurn();
                turn.DiscardReplies();
                turn.Conversation.Dialogs = new();
                await turn.SendActivityAsync(identity.Apology, CancellationToken.None).ConfigureAwait(false);
            }

            turn.Conversation.TurnCount++;
            var writes = new List<StateWrite>(2)
            {
                new(conversationKey, JsonSerializer.Serialize(turn.Conversation, StateJson.Options), storedConversation?.ETag),
            };
            if (!failed)
            {
                var userJson = JsonSerializer.Serialize(turn.User, StateJson.Options);
                if (storedUser is null || userJson != storedUser.Json)
                {
                    writes.Add(new StateWrite(userKey, userJson, storedUser?.ETag));
                }
            }
            await store.CommitAsync(new TurnCommit(writes, turn.PendingTranscript, queueReplies ? turn.Responses : null, key, turn.Responses), cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync().ConfigureAwait(false);
        }
        finally
        {
            await unit.DisposeAsync().ConfigureAwait(false);
        }
        return turn.Responses;
    }

    private Task RunAsync(TurnContext turn, int index, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turn, () => RunAsync(turn, index + 1, cancellationToken), cancellationToken)
            : bot.OnTurnAsync(turn, cancellationToken);

    private T Load<T>(StoredState? stored, string key) where T : new()
    {
        if (stored is null)
        {
            return new T();
        }
        try
        {
            return JsonSerializer.Deserialize<T>(stored.Json, StateJson.Options) ?? new T();
        }
        catch (JsonException ex)
        {
            // State written by an incompatible deployment: start this record afresh rather than fail every turn.
            LogStateUnreadable(logger, ex, key);
            return new T();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in {ConversationKey}; dialog stack reset")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversationKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} in {ConversationKey} was processed before; its first answer is given again")]
    private static partial void LogReplayed(ILogger logger, string conversationKey, string activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "State {Key} could not be read; starting it afresh")]
    private static partial void LogStateUnreadable(ILogger logger, Exception exception, string key);
}
