namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>After an urgent ticket is open and staff are on their way: anything to add for the people on site (asked once).</summary>
public sealed class MoreStep : RequestStep
{
    public const string StepName = "more";

    public override string Name => StepName;

    public override bool IsPending(RequestTurn turn) => turn.State.TicketNumber is not null && !turn.State.Asked.Contains(StepName);

    public override string Question(RequestTurn turn) => "还有需要补充的情况吗？例如具体部位、是否有人受伤、是否影响到邻居。没有请回复“没有”。";

    public override string Retry(RequestTurn turn) => Question(turn);

    public override void OnAsked(RequestTurn turn) => turn.State.Asked.Add(StepName);
}
