using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>For a neighbour complaint, the complainant's own flat (to reply and to bind the chat), asked at most twice.</summary>
public sealed class HomeStep : RequestStep
{
    public const string StepName = "home";

    public override string Name => StepName;

    private const int MaxAsks = 2;

    public override bool IsPending(RequestTurn turn) =>
        turn.Profile.Place == PlaceNeed.OtherParty && turn.Home is null && turn.State.Asked.Count(a => a == StepName) < MaxAsks;

    public override string Question(RequestTurn turn) =>
        WhereStep.RestOfTheHomeQuestion(turn) ?? $"好的。请问您家是几栋几单元几号？例如“{turn.Register.ExampleFlat.DisplayName}”，方便处理后给您回复。";

    public override string Retry(RequestTurn turn) => Question(turn);

    public override Task<bool> TakeAnswerAsync(RequestTurn turn, CancellationToken cancellationToken) =>
        Task.FromResult(WhereStep.TookTheStartOfTheHome(turn));

    public override void OnAsked(RequestTurn turn) => turn.State.Asked.Add(StepName);
}
