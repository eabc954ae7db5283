using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// Concierge services (订餐, 叫车, 约保洁, 代收快递): what and when, who, restated, then the building's assistant
/// confirms within 30 minutes.
/// </summary>
public sealed class ConciergeServiceDialog : TicketRequestDialog
{
    public const string DialogId = "request.concierge";

    public ConciergeServiceDialog(RequestServices services)
        : base(DialogId, services, [IntentCode.ServiceConcierge])
    {
        UseSteps(
            UseHomeStepAsync,
            AskDetailsStepAsync, ReadDetailsStepAsync,
            AskIdentityStepAsync, ReadIdentityStepAsync,
            AskContactStepAsync, ReadContactStepAsync,
            ConfirmStepAsync, OpenStepAsync);
    }

    protected override bool NeedsRoom(RequestState state) => false;

    protected override string DetailsQuestion(RequestState state) =>
        "请问需要什么服务？请说一下具体内容和时间，例如“明早7点叫一辆出租车去机场”“周六上午约保洁2小时”。";

    private static Task<DialogTurnResult> UseHomeStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        step.Values.TryUseHome(step.Turn.User);
        return step.NextAsync(null, cancellationToken);
    }
}
