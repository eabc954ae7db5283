using ConciergeBot.Dialogs.Activities;

namespace ConciergeBot.Dialogs.Engine;

/// <summary>
/// Records every inbound and outbound activity — the trimmed form <see cref="StoredActivity"/> keeps, not whatever
/// fields a client sent —; the lines are committed with the turn's state.
/// </summary>
public sealed class TranscriptMiddleware : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        var key = TurnProcessor.ConversationKey(turn.Activity);
        turn.PendingTranscript.Add(new TranscriptEntry(key, false, ActivityJson.Serialize(StoredActivity.Trim(turn.Activity)), turn.Now));
        turn.OnSendActivity(reply => turn.PendingTranscript.Add(new TranscriptEntry(key, true, ActivityJson.Serialize(StoredActivity.Trim(reply)), turn.Now)));
        return next();
    }
}
