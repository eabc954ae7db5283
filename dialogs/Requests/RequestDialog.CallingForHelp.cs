using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// "120要打吗 我还没打", "要不要报警", "should I call an ambulance?" while an emergency is open: yes, now — the public
/// service is called as well as our staff coming, never instead of them.
/// </summary>
public sealed partial class RequestDialog
{
    private async Task<DialogTurnResult?> AnswerWhetherToCallAsync(DialogContext dc, Steps.RequestTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        if (state.TicketNumber is not { } number || state.Intent != IntentCode.Emergency
            || WhichServiceAsked(turn.Turn.NormalizedText) is not { } service)
        {
            return null;
        }

        await services.Tickets.AddDetailsAsync(number, UserId(turn), null, turn.Turn.Activity.Text?.Trim(), cancellationToken);
        var place = state.HasPlace ? $"，告诉对方地址：翠湖苑{state.Place.Describe()}" : "";
        await turn.SendAsync($"要打，请现在就拨打{service}{place}。我们的工作人员也在赶过去（工单 {number}），到了会协助接应、带路。", cancellationToken);
        return Save(dc, turn);
    }

    /// <summary>The public emergency number the owner asks whether to call, or null when they ask nothing of the kind.</summary>
    private static string? WhichServiceAsked(string normalized)
    {
        var m = WhetherToCall().Match(normalized ?? "");
        if (!m.Success || AlreadyCalledOrNotNeeded().IsMatch(normalized ?? ""))
        {
            return null;
        }

        var said = m.Value;
        return said.Contains("119", StringComparison.Ordinal) || said.Contains("消防", StringComparison.Ordinal) || said.Contains("fire", StringComparison.OrdinalIgnoreCase) ? "119"
            : said.Contains("110", StringComparison.Ordinal) || said.Contains("报警", StringComparison.Ordinal) || said.Contains("police", StringComparison.OrdinalIgnoreCase) ? "110"
            : "120";
    }

    [GeneratedRegex(@"(要不要|需不需要|用不用|该不该|要|需要|用)(先)?(打|拨|叫)?(120|119|110|救护车|消防|报警)|(120|119|110|救护车)(要|需要|用)(不要|不用)?(打|叫)(吗|么|不)?|(打|叫)(不打|不叫)(120|119|110|救护车)|报警吗|\bshould (i|we) call (an ambulance|the police|the fire brigade|120|119|110)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhetherToCall();

    [GeneratedRegex(@"不用|不需要|不必|已经打|打过了|打了|叫了|报了警|报过警|\b(already called|no need)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlreadyCalledOrNotNeeded();
}
