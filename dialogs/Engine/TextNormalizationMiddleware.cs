namespace ConciergeBot.Dialogs.Engine;

/// <summary>
/// The text normalisation hook: sets <see cref="TurnContext.NormalizedText"/> (and whether the owner wrote
/// Traditional characters) before any dialog reads the message. The original text stays on the activity.
/// </summary>
public sealed class TextNormalizationMiddleware(Func<string, (string Text, bool WasTraditional)> normalize) : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        if (turn.Activity.Text is { Length: > 0 } text)
        {
            var (normalized, traditional) = normalize(text);
            turn.NormalizedText = normalized;
            turn.IsTraditional = traditional;
        }
        return next();
    }
}
