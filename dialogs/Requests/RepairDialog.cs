using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// Ordinary repairs — simple in-home repairs (half a day), other in-home repairs (a visit time agreed with the
/// owner, at most 7 working days) and public-area repairs (3 working days): where, what exactly, when (in-home
/// ordinary repairs), who, then the restatement, the ticket and the promise.
/// </summary>
public sealed class RepairDialog : TicketRequestDialog
{
    public const string DialogId = "request.repair";

    public RepairDialog(RequestServices services)
        : base(DialogId, services, [IntentCode.RepairSimple, IntentCode.RepairGeneral, IntentCode.PublicGeneral])
    {
        UseSteps(
            AskPlaceStepAsync, ReadPlaceStepAsync,
            AskDetailsStepAsync, ReadDetailsStepAsync,
            AskVisitStepAsync, ReadVisitStepAsync,
            AskIdentityStepAsync, ReadIdentityStepAsync,
            AskContactStepAsync, ReadContactStepAsync,
            ConfirmStepAsync, OpenStepAsync);
    }

    protected override bool NeedsRoom(RequestState state) => state.Intent != IntentCode.PublicGeneral;

    protected override string DetailsQuestion(RequestState state) =>
        state.Intent == IntentCode.PublicGeneral
            ? "请简单描述一下是什么坏了，例如“路灯不亮”“单元门禁刷不开”。"
            : "请简单描述一下需要修什么，例如“卧室灯泡坏了”“阳台门关不上”。";
}
