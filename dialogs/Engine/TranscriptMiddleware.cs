using ConciergeBot.Dialogs.Activities;

namespace ConciergeBot.Dialogs.Engine;

/// <summary>Records every inbound and outbound activity; the lines are committed with the turn's state.</summary>
public sealed class TranscriptMiddleware : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        var key = TurnProcessor.ConversationKey(turn.Activity);
        turn.PendingTranscript.Add(new TranscriptEntry(key, false, ActivityJson.Serialize(turn.Activity), turn.Now));
        turn.OnSendActivity(reply => turn.PendingTranscript.Add(new TranscriptEntry(key, true, ActivityJson.Serialize(reply), turn.Now)));
        return next();
    }
}
