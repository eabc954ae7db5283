using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>How a request begins: the intent, the owner's words (as written and normalised) and any requests queued behind it.</summary>
public sealed record RequestStart(string Intent, string? Severity, string Text, string Normalized, IReadOnlyList<QueuedRequest> Queued, bool FromQueue)
{
    /// <summary>From the root's reading of the message that raised the request.</summary>
    public static RequestStart From(MessageReading? reading, TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new RequestStart(reading?.Intent ?? IntentCode.RepairGeneral, reading?.Severity, turn.Activity.Text?.Trim() ?? "", turn.NormalizedText, [], false);
    }

    /// <summary>The next queued request, with the ones still waiting behind it.</summary>
    public static RequestStart Next(IReadOnlyList<QueuedRequest> queued)
    {
        ArgumentNullException.ThrowIfNull(queued);
        var first = queued[0];
        return new RequestStart(first.Intent, first.Severity, first.Text, first.Text, [.. queued.Skip(1)], true);
    }
}
