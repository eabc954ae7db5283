namespace ConciergeBot.Dialogs.Engine;

/// <summary>A step of the turn pipeline; calls <c>next</c> to continue (or not, to short-circuit).</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken);
}
