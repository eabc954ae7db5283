using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Tests.Bot.Channels.WeChat;

/// <summary>Makes a turn take <paramref name="delay"/> when the message contains 慢 — to push a turn past WeChat's 5 s window.</summary>
internal sealed class SlowTurnMiddleware(TimeSpan delay) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        if (turn.Activity.Text?.Contains('慢', StringComparison.Ordinal) == true)
        {
            await Task.Delay(delay, cancellationToken);
        }

        await next();
    }
}
