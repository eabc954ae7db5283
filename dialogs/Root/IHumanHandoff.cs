using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Root;

/// <summary>Hands the conversation to a person and tells the owner who will reply and by when.</summary>
public interface IHumanHandoff
{
    Task HandOffAsync(TurnContext turn, string reason, CancellationToken cancellationToken);
}
