using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>
/// A neighbour complaint's place: the flat complained about, where the assistant goes — named in full, or relative
/// to the owner's home ("楼上1302", "楼下那家"), then placed once the owner says where they live.
/// </summary>
public sealed class OtherPartyStep : RequestStep
{
    public const string StepName = "other-party";

    public override string Name => StepName;

    public override bool IsPending(RequestTurn turn) => turn.Profile.Place == PlaceNeed.OtherParty && !turn.State.HasPlace;

    public override string Question(RequestTurn turn) =>
        WhereStep.RestOfTheHomeQuestion(turn) ?? (turn.State.OtherParty is not null && turn.Home is null
            ? $"请问您家是几栋几单元几号？例如“{turn.Register.ExampleFlat.DisplayName}”，我们好找到您说的那一户。"
            : $"请问是哪一户或哪个位置传来的？例如“{turn.Register.ExampleFlat.DisplayName}”，或“楼上”“隔壁1603”。");

    public override string Retry(RequestTurn turn) => Question(turn);

    public override Task<bool> TakeAnswerAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        if (turn.State.OtherParty is not null && WhereStep.TookTheStartOfTheHome(turn))
        {
            return Task.FromResult(true);
        }

        if (turn.State.OtherParty is null && !turn.Slots.IsQuestion && turn.Slots.Act == Understanding.Acts.DialogAct.None
            && PublicPlaceReader.FromAnswer(turn.Turn.NormalizedText) is { } place)
        {
            turn.State.SetPlace(place, null);
            return Task.FromResult(true);
        }

        return Task.FromResult(false);
    }
}
