using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>Where the problem is: the owner's flat (in-home repairs, concierge), a public area, or either (emergencies).</summary>
public sealed class WhereStep : RequestStep
{
    public const string StepName = "where";

    public override string Name => StepName;

    public override bool IsPending(RequestTurn turn) =>
        turn.Profile.Place is PlaceNeed.Home or PlaceNeed.Public or PlaceNeed.Any && !turn.State.HasPlace && !(IsOptional(turn) && turn.State.Asked.Contains(StepName));

    /// <summary>A complaint about the service may have no place (an unanswered hotline): asked once, not insisted on.</summary>
    private static bool IsOptional(RequestTurn turn) => turn.Profile.Place == PlaceNeed.Any && !turn.Profile.OpensAtOnce;

    public override void OnAsked(RequestTurn turn)
    {
        if (IsOptional(turn) && !turn.State.Asked.Contains(StepName))
        {
            turn.State.Asked.Add(StepName);
        }
    }

    public override string Question(RequestTurn turn)
    {
        var example = turn.Register.ExampleFlat;
        if (UnitQuestion(turn) is { } unit)
        {
            return unit;
        }

        if (turn.Profile.Place == PlaceNeed.Any && turn.Profile.OpensAtOnce && turn.State.FlatSoFar is { } building)
        {
            return $"好的，{FlatPieces.Describe(building)}。请马上告诉我是几单元几号房，或楼里的具体位置（例如“{example.Unit}单元楼道”），工作人员正在赶来。";
        }

        if (turn.Profile.Place == PlaceNeed.Home && turn.State.FlatSoFar is { } soFar)
        {
            return RestOfTheFlatQuestion(soFar, example, whose: "");
        }

        return turn.Profile.Place switch
        {
            PlaceNeed.Home when turn.State.NotInEstate is { } wrong =>
                $"抱歉，小区里没有“{wrong}”这一户。请再核对一下楼栋、单元和房号，例如“{example.DisplayName}”。",
            PlaceNeed.Home => $"请问是哪一户？请告诉我楼栋、单元和房号，例如“{example.DisplayName}”。",
            PlaceNeed.Public => $"请问具体在什么位置？例如“{example.Building}栋{example.Unit}单元电梯”“北门停车场”。",
            PlaceNeed.Any when IsOptional(turn) && CueContext.DisputesABill(turn.State.NormalizedDescription) =>
                $"请问是哪一户的费用？请告诉我楼栋、单元和房号，例如“{example.DisplayName}”，我们好核对账单。",
            PlaceNeed.Any when IsOptional(turn) => $"请问是在哪个位置？例如“{example.Building}栋楼下”“南门停车场”；不涉及具体位置的话，回复“无”就行。",
            _ => $"请马上告诉我具体位置（楼栋房号，或公共区域的位置，例如“{example.Building}栋{example.Unit}单元楼道”），工作人员正在赶来。",
        };
    }

    public override string Retry(RequestTurn turn)
    {
        var example = turn.Register.ExampleFlat;
        if (UnitQuestion(turn) is { } unit)
        {
            return unit;
        }

        if (turn.State.NotInEstate is { } wrong)
        {
            return $"抱歉，小区里没有“{wrong}”这一户。请再核对一下楼栋、单元和房号，例如“{example.DisplayName}”。";
        }

        return turn.Profile.Place == PlaceNeed.Home
            ? $"抱歉，我没能找到这一户。请按“楼栋+单元+房号”告诉我，例如“{example.DisplayName}”"
                + (turn.Register.ExampleShop is { } shop ? $"，商铺请写“{shop.Room}”。" : "。")
            : $"请告诉我具体位置，例如“{example.Building}栋{example.Unit}单元楼道”“小区北门”。";
    }

    /// <summary>
    /// A home, or an emergency's place ("4栋的" to "请马上告诉我具体位置", then "1单元 2302"): a building said alone is kept
    /// until the rest of the flat comes.
    /// </summary>
    internal static bool TakesAFlatInPieces(RequestTurn turn) =>
        turn.Profile.Place == PlaceNeed.Home || (turn.Profile.Place == PlaceNeed.Any && turn.Profile.OpensAtOnce);

    /// <summary>A neighbour complaint's writer asked where they live: "1栋", then "1单元2103".</summary>
    internal static bool TakesTheHomeInPieces(RequestTurn turn) => turn.Profile.Place == PlaceNeed.OtherParty && turn.Home is null;

    /// <summary>The building (and unit) of the writer's home said alone, kept until the rest comes.</summary>
    internal static bool TookTheStartOfTheHome(RequestTurn turn)
    {
        if (!TakesTheHomeInPieces(turn) || FlatPieces.BuildingAlone(turn.Turn.NormalizedText) is not { } piece)
        {
            return false;
        }

        turn.State.FlatSoFar = piece;
        return true;
    }

    /// <summary>The writer's home completed by this message's rest of it ("1单元2103" after "1栋"), or null.</summary>
    internal static string? RestOfTheHome(RequestTurn turn) =>
        turn.State.FlatSoFar is { } start && TakesTheHomeInPieces(turn) ? FlatPieces.Complete(start, turn.Turn.NormalizedText, turn.Register) : null;

    /// <summary>"好的，1栋。请问您家是几单元几号房？" while the rest of the writer's home is awaited.</summary>
    internal static string? RestOfTheHomeQuestion(RequestTurn turn) =>
        TakesTheHomeInPieces(turn) && turn.State.FlatSoFar is { } soFar ? RestOfTheFlatQuestion(soFar, turn.Register.ExampleFlat, whose: "您家") : null;

    /// <summary>"好的，6栋。请问是几单元几号房？" (or only the room once the unit is said too), about a flat or the writer's home.</summary>
    private static string RestOfTheFlatQuestion(string soFar, RoomInfo example, string whose) =>
        soFar.Contains('-', StringComparison.Ordinal)
            ? $"好的，{FlatPieces.Describe(soFar)}。请问{whose}是几号房？例如“{example.Room}”。"
            : $"好的，{FlatPieces.Describe(soFar)}。请问{whose}是几单元几号房？例如“{example.Unit}单元{example.Room}”。";

    /// <summary>
    /// "我家阳台正对着4栋…冒烟", then "靠中间花园这一面": a public place with no building, for a matter first placed at a building
    /// other than the writer's own, is on that building.
    /// </summary>
    internal static TicketPlace OnTheMattersBuilding(RequestTurn turn, TicketPlace place)
    {
        var writersBuilding = turn.Home is { } home && RoomKey.TryParse(home, out var key) ? key.Building : (int?)null;
        return PublicPlaceReader.OnTheBuildingOf(place, turn.State.NormalizedDescription, writersBuilding);
    }

    /// <summary>"3栋1202" where both units have one: which unit, with the units that have it.</summary>
    internal static string? UnitQuestion(RequestTurn turn)
    {
        if (turn.State.UnitPending is not { } pending || !RoomKey.TryParse(pending, out var k))
        {
            return null;
        }

        var units = turn.Register.Candidates(k.Building, k.Room).Select(r => RoomKey.TryParse(r.Key, out var c) ? c.Unit : null)
            .OfType<int>().Order().Select(u => $"{u}单元");
        return $"好的，{k.Building}栋{k.Room}。{string.Join("和", units)}都有{k.Room}，请问是几单元？";
    }

    public override Task<bool> TakeAnswerAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        if (TakesAFlatInPieces(turn) && !turn.State.HasPlace && FlatPieces.BuildingAlone(turn.Turn.NormalizedText) is { } piece)
        {
            turn.State.FlatSoFar = piece;
            return Task.FromResult(true);
        }

        if (turn.Profile.Place is PlaceNeed.Public or PlaceNeed.Any && !turn.Slots.IsQuestion && turn.Slots.Act is not (Understanding.Acts.DialogAct.Deny or Understanding.Acts.DialogAct.Cancel)
            && !PublicPlaceReader.WhereTheWriterWentToWait(turn.Turn.NormalizedText) && PublicPlaceReader.FromAnswer(turn.Turn.NormalizedText) is { } place)
        {
            turn.State.SetPlace(OnTheMattersBuilding(turn, place), null);
            return Task.FromResult(true);
        }

        return Task.FromResult(false);
    }
}
