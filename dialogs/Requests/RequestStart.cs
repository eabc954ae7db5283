using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>How a request begins: the intent, the owner's words (as written and normalised) and any requests queued behind it.</summary>
public sealed partial record RequestStart(string Intent, string? Severity, string Text, string Normalized, IReadOnlyList<QueuedRequest> Queued, bool FromQueue)
{
    /// <summary>
    /// A class that sends someone at once, read by the model alone (no words report it happening now): the owner is
    /// asked with one tap before dispatch (unless the message itself calls for someone now, "快来人！"); "不用", or a visit
    /// booked for later, takes this slower class.
    /// </summary>
    public string? DispatchFallback { get; init; }

    /// <summary>From the root's reading of the message that raised the request.</summary>
    public static RequestStart From(MessageReading? reading, TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var intent = reading?.Intent ?? IntentCode.RepairGeneral;
        var check = reading is { NeedsConfirmation: true, Cue: null, PossibleDanger: null } && IntentProfiles.For(intent).OpensAtOnce
            && !Steps.DispatchStep.CallsForSomeoneNow(turn.NormalizedText);
        // A repair or a public matter stays one on its slower clock ("那还是派个师傅来看看吧" is no complaint, whatever the
        // model's second guess); an emergency or a neighbour's noise takes the runner-up when it is an ordinary class.
        var sameKindOnly = intent is IntentCode.RepairUrgent or IntentCode.PublicUrgent;
        var slower = reading?.RunnerUp is { } next && !IntentCode.IsTimeCritical(next) && next != IntentCode.Smalltalk
            && (!sameKindOnly || RequestFollowUps.Family(next) == RequestFollowUps.Family(intent)) ? next
            : SlowerOf(intent == IntentCode.Emergency && reading?.RunnerUp is { } second && IntentCode.IsTimeCritical(second) ? second : intent);
        if (slower is IntentCode.ComplaintOther or IntentCode.PublicGeneral && AnotherHousehold().IsMatch(turn.NormalizedText))
        {
            // "…堆了好多纸箱还有一个旧沙发是17楼1702家装修换下来的…": what another household did is a neighbour complaint,
            // even where it sits in a shared space (the stairwell) — not a repair of that space.
            slower = IntentCode.ComplaintNeighbor;
        }

        if (intent == IntentCode.Emergency && !IntentProfiles.For(slower).OpensTicket && CueContext.TellsOfATheft(turn.NormalizedText))
        {
            // "储物间俾人撬咗锁，今朝落去先发现": a theft found afterwards, nobody to send at once, still endangers property —
            // the public matter for security to check (the footage, the lock), not a question.
            slower = IntentCode.PublicUrgent;
        }

        return new RequestStart(intent, reading?.Severity, turn.Activity.Text?.Trim() ?? "", turn.NormalizedText, [], false)
        {
            DispatchFallback = check ? slower : null,
        };
    }

    /// <summary>The class a fast request takes when nobody needs to come at once: the same kind of matter, on its slower clock.</summary>
    private static string SlowerOf(string intent) => intent switch
    {
        IntentCode.RepairUrgent => IntentCode.RepairGeneral,
        IntentCode.PublicUrgent => IntentCode.PublicGeneral,
        IntentCode.ComplaintNeighbor => IntentCode.ComplaintOther,
        _ => IntentCode.InquiryGeneral,
    };

    /// <summary>The visit time agreed for the request before this one, taken when this one needs a time too.</summary>
    public DateTimeOffset? EarlierVisit { get; init; }

    /// <summary>The next queued request, with the ones still waiting behind it.</summary>
    public static RequestStart Next(IReadOnlyList<QueuedRequest> queued, DateTimeOffset? earlierVisit = null)
    {
        ArgumentNullException.ThrowIfNull(queued);
        var first = queued[0];
        return new RequestStart(first.Intent, first.Severity, first.Text, first.Text, [.. queued.Skip(1)], true) { EarlierVisit = earlierVisit };
    }

    /// <summary>"1702家", "1702那户": a household named by its flat (not "1702家门口", a place by it).</summary>
    [GeneratedRegex(@"(?<![0-9])[0-9]{3,4}(室|号)?(那)?(家|户)(?!具|电|门|[的]?(门口|门前|对面|旁边|附近|外面|楼上|楼下|窗外))")]
    private static partial Regex AnotherHousehold();
}
