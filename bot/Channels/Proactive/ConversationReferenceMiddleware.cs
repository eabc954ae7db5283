using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Channels.Proactive;

/// <summary>Keeps the conversation reference of every conversation a user speaks in (before the turn runs).</summary>
internal sealed class ConversationReferenceMiddleware(ConversationReferenceStore references) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate && activity.From?.Role != "bot")
        {
            await references.SaveAsync(activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        }

        await next().ConfigureAwait(false);
    }
}
