using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// Complaints: about a neighbour (the assistant at the door within 15 minutes; the quiet-hour, renovation or pet
/// rule is cited), about a member of staff (half a day, serious cases 2 days and the supervisor at once) and
/// anything else (8 hours). Gathers the place of a neighbour complaint and what happened, restates, opens,
/// apologises and promises.
/// </summary>
public sealed partial class ComplaintDialog : TicketRequestDialog
{
    public const string DialogId = "request.complaint";

    public ComplaintDialog(RequestServices services)
        : base(DialogId, services, [IntentCode.ComplaintNeighbor, IntentCode.ComplaintStaff, IntentCode.ComplaintOther])
    {
        UseSteps(
            AcknowledgeStepAsync,
            AskNeighbourPlaceStepAsync, ReadPlaceStepAsync,
            AskDetailsStepAsync, ReadDetailsStepAsync,
            AskIdentityStepAsync, ReadIdentityStepAsync,
            AskContactStepAsync, ReadContactStepAsync,
            ConfirmStepAsync, OpenStepAsync);
    }

    protected override bool NeedsRoom(RequestState state) => false;

    protected override string PlaceQuestion(RequestState state, RoomInfo example) =>
        $"请问是哪一户或哪个位置传来的？例如“{example.DisplayName}”，或“{example.Room}楼上”。";

    protected override string DetailsQuestion(RequestState state) => state.Intent switch
    {
        IntentCode.ComplaintStaff => "请您说一下是哪位工作人员（或岗位）、在什么时间地点、发生了什么，我们会认真核实。",
        _ => "请您简单说一下发生了什么，我们会认真处理。",
    };

    protected override string AfterOpening(RequestState state) =>
        "非常抱歉，给您添麻烦了，我们立即安排处理。谢谢您的信任！请问还有其他需要帮忙的吗？";

    private async Task<DialogTurnResult> AcknowledgeStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        var state = step.Values;
        if (state.Intent == IntentCode.ComplaintStaff && state.Severity is null)
        {
            state.Severity = Serious().IsMatch(state.Description) ? IntentCode.SeveritySerious : IntentCode.SeverityNormal;
        }

        if (state.Intent == IntentCode.ComplaintNeighbor)
        {
            var rule = HandbookNotes.RuleFor(Services.Knowledge, state.Description);
            await step.SendAsync($"非常抱歉给您带来困扰。{rule}", cancellationToken);
        }
        else if (state.Intent == IntentCode.ComplaintStaff)
        {
            await step.SendAsync("非常抱歉，给您带来了不好的体验。您的投诉我们会认真核实处理。", cancellationToken);
        }

        if (state.Intent != IntentCode.ComplaintNeighbor)
        {
            state.TryUseHome(step.Turn.User);
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskNeighbourPlaceStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken) =>
        step.Values.Intent == IntentCode.ComplaintNeighbor
            ? AskPlaceStepAsync(step, cancellationToken)
            : step.NextAsync(null, cancellationToken);

    [System.Text.RegularExpressions.GeneratedRegex("打人|动手|推我|推了我|骂|辱骂|威胁|恐吓|多次|好几次|一直这样|屡次|暴力")]
    private static partial System.Text.RegularExpressions.Regex Serious();
}
