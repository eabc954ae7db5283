using System.Collections.Concurrent;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Knowledge.Store;

namespace ConciergeBot.Channels.WeChat;

/// <summary>
/// Runs WeChat pushes through the turn pipeline: once per push however often WeChat retries it (in-memory claim
/// for concurrent retries, the durable inbox across restarts), answering passively when the turn finishes in the
/// window, otherwise answering <c>success</c> and sending the reply through the customer-service API.
/// </summary>
internal sealed partial class WeChatChannel(
    WeChatInbox inbox,
    TurnProcessor turns,
    WeChatApiClient api,
    KnowledgeStore knowledge,
    IHostApplicationLifetime lifetime,
    ILogger<WeChatChannel> logger)
{

    private readonly ConcurrentDictionary<string, PendingPush> _pending = new(StringComparer.Ordinal);

    /// <summary>The passive reply text for a push, or null to answer <c>success</c> (nothing now).</summary>
    public async Task<string?> HandleAsync(WeChatMessage message, TimeSpan window, CancellationToken cancellationToken)
    {
        var activity = WeChatActivities.ToActivity(message);
        if (activity is null)
        {
            return message.IsEvent ? null : WeChatActivities.Unsupported;
        }

        var key = message.DedupKey;
        var completion = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var claim = new PendingPush(completion.Task);
        var pending = _pending.GetOrAdd(key, claim);
        if (ReferenceEquals(pending, claim))
        {
            var known = await inbox.TryBeginAsync(key, message.FromUserName, cancellationToken).ConfigureAwait(false);
            if (known is not null && known.State is not (InboxEntry.Processing or InboxEntry.Failed))
            {
                // Already handled (before a restart, or by a request that has finished): the same answer again.
                _pending.TryRemove(new KeyValuePair<string, PendingPush>(key, claim));
                completion.SetResult(known.State == InboxEntry.Replied ? known.Reply : null);
                return known.State == InboxEntry.Replied ? known.Reply : null;
            }

            // New, or left half-done by a process that died mid-turn: run the turn (detached from this request).
            _ = RunAsync(key, activity, claim, completion);
        }
        else
        {
            LogRetryJoined(logger, key);
        }

        return await AnswerAsync(key, message.FromUserName, pending, window, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> AnswerAsync(string key, string openId, PendingPush pending, TimeSpan window, CancellationToken cancellationToken)
    {
        try
        {
            var text = await pending.Turn.WaitAsync(window > TimeSpan.Zero ? window : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            return pending.ClaimPassive() ? text : null;
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // The window closed, or WeChat hung up before it did (a loaded machine): either way the reply can no
            // longer be passive for this request, so it goes out through the customer-service API — unless a
            // retry has already claimed it.
            if (pending.ClaimDeferred())
            {
                LogDeferred(logger, key);
                _ = SendDeferredAsync(key, openId, pending);
                return null;
            }

            // The turn finished just as the window closed and was claimed for a passive reply: give it.
            return pending.ClaimPassive() && pending.Turn.IsCompletedSuccessfully ? pending.Turn.Result : null;
        }
    }

    private async Task RunAsync(string key, Activity activity, PendingPush claim, TaskCompletionSource<string?> completion)
    {
        var stopping = lifetime.ApplicationStopping;
        string? text;
        try
        {
            var replies = await turns.ProcessAsync(activity, stopping).ConfigureAwait(false);
            text = WeChatActivities.ToText(replies);
            if (text is null && activity.Type == ActivityTypes.ConversationUpdate)
            {
                text = WeChatActivities.Welcome(knowledge.Current.Register.Profile);
            }

            await inbox.SetAsync(key, InboxEntry.Replied, text, stopping).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            LogTurnFailed(logger, e, key);
            text = WeChatActivities.Busy(knowledge.Current.Register.Profile);
            await TrySetAsync(key, InboxEntry.Failed, null).ConfigureAwait(false);
        }

        completion.TrySetResult(text);
        if (!claim.ClaimPassive())
        {
            return; // deferred: SendDeferredAsync releases the claim once the message is out
        }

        _pending.TryRemove(new KeyValuePair<string, PendingPush>(key, claim));
    }

    private async Task SendDeferredAsync(string key, string openId, PendingPush pending)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            var text = await pending.Turn.ConfigureAwait(false);
            if (text is not null)
            {
                await SendWithRetriesAsync(openId, text, stopping).ConfigureAwait(false);
            }

            await inbox.SetAsync(key, InboxEntry.Sent, null, stopping).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WeChatApiException or HttpRequestException or TaskCanceledException)
        {
            LogDeferredFailed(logger, e, key);
            await TrySetAsync(key, InboxEntry.Failed, null).ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(new KeyValuePair<string, PendingPush>(key, pending));
        }
    }

    private async Task SendWithRetriesAsync(string openId, string text, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await api.SendTextAsync(openId, text, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (attempt < 3 && e is WeChatApiException or HttpRequestException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task TrySetAsync(string key, string state, string? reply)
    {
        try
        {
            await inbox.SetAsync(key, state, reply, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            LogInboxFailed(logger, e, key);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "WeChat retry of {Key} joined the running turn")]
    private static partial void LogRetryJoined(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "WeChat push {Key} missed the passive window; replying via the customer-service API")]
    private static partial void LogDeferred(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Error, Message = "WeChat turn for {Key} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string key);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deferred WeChat reply for {Key} could not be sent")]
    private static partial void LogDeferredFailed(ILogger logger, Exception exception, string key);

    [LoggerMessage(Level = LogLevel.Error, Message = "WeChat inbox update for {Key} failed")]
    private static partial void LogInboxFailed(ILogger logger, Exception exception, string key);
}
