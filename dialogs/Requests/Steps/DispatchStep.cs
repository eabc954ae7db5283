namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>
/// The one tap before sending someone for a request only the model read as urgent: "您是需要我们马上派人过来吗？".
/// 是 opens it at once; 不用 — or an answer that goes on with the request (a flat, a time) — takes the slower class.
/// </summary>
public sealed class DispatchStep : RequestStep
{
    public const string StepName = "dispatch";
    public const string Now = "是，马上派人";
    public const string NotNow = "不用，正常登记";

    public override string Name => StepName;

    public override bool IsPending(RequestTurn turn) => turn.State.DispatchFallback is not null && turn.State.TicketNumber is null;

    public override string Question(RequestTurn turn) =>
        "想跟您确认一下：您是需要我们马上派人过来处理吗？是的话请回复“是”，我们立即安排；不是的话回复“不用”，我们按正常流程为您登记。";

    public override string Retry(RequestTurn turn) => Question(turn);

    public override IReadOnlyList<string> Choices(RequestTurn turn) => [Now, NotNow];
}
