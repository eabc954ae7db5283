namespace ConciergeBot.Dialogs.Engine;

/// <summary>
/// The text normalisation hook: sets <see cref="TurnContext.NormalizedText"/> (and whether the owner wrote
/// Traditional characters) before any dialog reads the message. The original text stays on the activity.
/// A user who writes Traditional is answered in Traditional: the preference is remembered in the user's profile
/// (a bare "是" or "1202" says nothing either way) and changes when the user writes characters that exist only in
/// Simplified; <paramref name="toTraditional"/> then converts every reply of the turn — in Hong Kong forms for an owner
/// who writes Cantonese (咗, 喺, 冇, 唔), Taiwan forms otherwise.
/// </summary>
public sealed partial class TextNormalizationMiddleware(
    Func<string, (string Text, bool WasTraditional)> normalize, Func<string, bool, string>? toTraditional = null) : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(next);
        if (turn.Activity.Text is { Length: > 0 } text)
        {
            var (normalized, traditional) = normalize(text);
            turn.NormalizedText = normalized;
            turn.IsTraditional = traditional;
            if (toTraditional is not null)
            {
                if (traditional)
                {
                    turn.User.PrefersTraditional = true;
                    turn.User.WritesCantonese |= Cantonese().IsMatch(text);
                }
                else if (!string.Equals(toTraditional(normalized, false), normalized, StringComparison.Ordinal))
                {
                    turn.User.PrefersTraditional = false;
                }
            }
        }

        if (toTraditional is not null && turn.User.PrefersTraditional)
        {
            var hongKong = turn.User.WritesCantonese;
            turn.ReplyScript = reply => toTraditional(reply, hongKong);
        }

        return next();
    }

    [System.Text.RegularExpressions.GeneratedRegex("[咗喺冇唔嘢啲嘅佢哋咁嚟睇揾搵]|係咪|點算|唔該")]
    private static partial System.Text.RegularExpressions.Regex Cantonese();
}
