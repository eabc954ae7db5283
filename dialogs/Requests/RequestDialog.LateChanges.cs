using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Understanding.Acts;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// What an owner says about the ticket this conversation opened a moment ago, after its request ended: the visit held or
/// sent after all, a new call-back number, a new visit time. The message is read once for all three.
/// </summary>
public sealed partial class RequestDialog
{
    /// <summary>
    /// When the message changes <paramref name="number"/> in one of those ways, makes the change and says so; false, and
    /// nothing sent, for any other message.
    /// </summary>
    public async Task<bool> TakeLateChangeAsync(TurnContext turn, DialogAct act, string number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await TakeLateHoldOrSendAsync(turn, act, number, cancellationToken) || await TakeLateOwnCallAsync(turn, number, cancellationToken))
        {
            return true;
        }

        var slots = SlotReader.Read(turn.NormalizedText, turn.Now, services.Entities);
        return await TakeLateContactAsync(turn, slots, number, cancellationToken) || await TakeLateVisitTimeAsync(turn, slots, number, cancellationToken, firstVisit: true);
    }
}
