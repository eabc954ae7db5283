namespace ConciergeBot.Dialogs.Engine;

/// <summary>The bot's turn handler, called once per inbound activity after the middleware.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
