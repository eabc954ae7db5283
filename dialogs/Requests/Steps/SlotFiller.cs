using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>What one message changed in a request.</summary>
[Flags]
public enum Filled
{
    None = 0,
    Place = 1,
    Home = 2,
    Time = 4,
    Contact = 8,
    Details = 16,
}

/// <summary>
/// Puts what a message says into the request, whatever was asked: the latest value of a slot wins (that is how a
/// correction works — "不对，是3栋", "改成后天上午十点", "电话打错了，是…"), a building or unit alone changes the flat
/// already given, and a neighbour named relative to the owner is placed once the owner's home is known.
/// </summary>
public static partial class SlotFiller
{
    public static Filled Fill(RequestTurn turn, bool first)
    {
        ArgumentNullException.ThrowIfNull(turn);
        // A day or time said to a request that keeps no appointment ("我10月12号就交过了" in a billing complaint) is kept in
        // case the request becomes one that does, but it is nothing new to restate.
        var time = FillTime(turn);
        var filled = FillFlats(turn) | FillPublicPlace(turn, first) | (turn.Profile.AsksTime || turn.State.VisitRequested ? time : VisitAskedFor(turn, time)) | FillContact(turn);
        filled |= FixBuildingOrUnit(turn) | UnitOfPendingFlat(turn) | RestOfAFlatInPieces(turn);
        if (turn.Profile.Place == PlaceNeed.Home && !turn.State.HasPlace && (turn.User.BoundRoom ?? turn.User.StatedRoom) is { } known
            && PlaceReader.FromKey(known) is { } home)
        {
            turn.State.SetPlace(home, known);
        }

        if (turn.Profile.Place == PlaceNeed.Any && !turn.Profile.IsComplaint && !turn.State.HasPlace && turn.Slots.PublicPlace is null
            && (turn.User.BoundRoom ?? turn.User.StatedRoom) is { } dwelling && PlaceReader.FromKey(dwelling) is { } inside
            && CueContext.TellsOfARoomAtHome($"{turn.State.NormalizedDescription} {turn.Turn.NormalizedText}"))
        {
            // "书房电脑桌底下那个插排…烫手…烧塑料的味道" from the helper of 6栋1单元1801, who said so first: a room of a home is
            // that home — nobody is asked where while someone is on the way.
            turn.State.SetPlace(inside, dwelling);
            filled |= Filled.Place;
        }

        if (turn.Profile.Place is PlaceNeed.Any or PlaceNeed.None && turn.Profile.IsComplaint && !turn.State.HasPlace
            && (turn.User.BoundRoom ?? turn.User.StatedRoom ?? turn.State.HomeKey) is { } ownHome && PlaceReader.FromKey(ownHome) is { } atHome
            && CueContext.AboutAServiceAtHome($"{turn.State.NormalizedDescription} {turn.Turn.NormalizedText}"))
        {
            // "报修的师傅说好周六来，结果人影都没有…我要投诉", "我就是要投诉这个张工": the owner's home is where the service failed.
            turn.State.SetPlace(atHome, ownHome);
            filled |= Filled.Place;
        }

        if (turn.Profile.Place == PlaceNeed.OtherParty && turn.State.OtherParty is { } other && !turn.State.HasPlace
            && FlatReader.Resolve(other, turn.Home, turn.Register) is { } key)
        {
            turn.State.SetPlace(PlaceReader.FromKey(key)!, key);
            filled |= Filled.Place;
        }

        return filled;
    }

    /// <summary>
    /// "今天晚上七点半派人到我家来，那个点最明显" in a complaint: a time said with a request to come is the visit the ticket
    /// keeps, though a complaint books none of its own; a time only told ("每天晚上七点到九点水压小") or a visit promised before
    /// ("上周说好周三上午派人来修") is not.
    /// </summary>
    private static Filled VisitAskedFor(RequestTurn turn, Filled time)
    {
        if (time != Filled.Time || !turn.Profile.IsComplaint || turn.Slots.Time is null || turn.State.VisitAt is not { } at || at <= turn.Now
            || !CueContext.AsksSomeoneToCome(turn.Turn.NormalizedText) || CueContext.TellsOfAPromisedVisit(turn.Turn.NormalizedText))
        {
            return Filled.None;
        }

        turn.State.VisitRequested = true;
        return Filled.Time;
    }

    /// <summary>Only the flat the owner says is their own ("我就是5栋1单元2201的"), as their home.</summary>
    public static Filled FillOwnHome(RequestTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.State.HomeKey is not null
            || turn.Slots.Flats.FirstOrDefault(f => f.Role != FlatRole.Other && f.IsComplete && !f.NotInEstate) is not { Key: { } said }
            || FlatReader.Complete(said, turn.Register) is not { } key)
        {
            return Filled.None;
        }

        turn.State.HomeKey = key;
        return Filled.Home;
    }

    private static Filled FillFlats(RequestTurn turn)
    {
        var state = turn.State;
        var filled = Filled.None;
        foreach (var flat in turn.Slots.Flats)
        {
            if (flat.NotInEstate)
            {
                state.NotInEstate = flat.Key is { } k && RoomKey.TryParse(k, out var wrong) ? Describe(wrong) : null;
                state.LastWrongKey = flat.Key;
                continue;
            }

            if (turn.Profile.Place == PlaceNeed.OtherParty && !IsOwnHome(turn, flat))
            {
                if (WhereStep.RestOfTheHome(turn) is not null)
                {
                    // "1单元2103" after "1栋", asked where the writer lives: the rest of their home (read below), not the party.
                    continue;
                }

                if (flat.Room is null && flat.Relation != FlatRelation.None && state.RoomKey is not null
                    && state.TicketNumber is not null && turn.Slots.Act != DialogAct.Correction)
                {
                    // "麻烦跟他们说一下，浇花前先看看楼下有没有晾衣服" after the complaint opened against 1303: a word of place
                    // in what the owner asks them to do — the household named stays, unless the owner puts it right.
                    continue;
                }

                if (flat.Role == FlatRole.Unknown && turn.Slots.Flats.Any(f => !ReferenceEquals(f, flat) && f.Role == FlatRole.Other))
                {
                    // "楼上1601！上次你们的人跑去敲1602的门": the flat named as theirs is the party; the other one is only told of.
                    continue;
                }

                state.OtherParty = flat;
                state.SetPlace(TicketPlace.Unknown, null);
                filled |= Filled.Place;
                continue;
            }

            if (flat.Role == FlatRole.Other && turn.Profile.Place is PlaceNeed.Home or PlaceNeed.Any)
            {
                // "对门1802家门缝在冒水": a report for a neighbour — the problem is at their flat, unless the owner's own
                // flat is the place ("我家1902…是楼上2002漏下来的": the water comes in at 1902).
                // "我是3栋2单元1502的，隔壁1501的阿婆…敲门不应": in an emergency, the flat where the person at risk is, is
                // where help goes; the writer's own flat stays who writes.
                var someoneAtRiskThere = state.Intent == IntentCode.Emergency && flat.Room is { } room && SomeoneAtRiskAt(turn.Turn.NormalizedText, room);
                if ((someoneAtRiskThere || (!state.HasPlace && !turn.Slots.Flats.Any(f => f.Role != FlatRole.Other && f.IsComplete)))
                    && !ComesFromAbove().IsMatch(turn.Turn.NormalizedText)
                    && FlatReader.Resolve(flat, turn.Home, turn.Register) is { } theirs && PlaceReader.FromKey(theirs) is { } at)
                {
                    state.SetPlace(at, theirs);
                    filled |= Filled.Place;
                }

                continue;
            }

            var key = flat.IsComplete ? FlatReader.Complete(flat.Key!, turn.Register) : CompleteRoomOnly(turn, flat);
            if (key is null && flat.IsComplete && UnitLeftOut(turn, flat.Key!))
            {
                // "3栋1202" where both units have a 1202: the unit is asked for, and the rest is kept.
                state.UnitPending = flat.Key;
                state.NotInEstate = null;
                continue;
            }

            if (key is null || PlaceReader.FromKey(key) is not { } place)
            {
                continue;
            }

            state.NotInEstate = null;
            state.UnitPending = null;
            if (turn.Profile.Place == PlaceNeed.Public && turn.Slots.Act == DialogAct.Correction && flat.IsComplete
                && state.Location is { } location && FlatTheLocationIsToldFrom(location, key) is { } putRight)
            {
                // "5栋1单元903门口的走廊灯坏了" then "哦不对，是6栋1单元903": the flat the shared place was told from, put right.
                state.SetPlace(putRight, null);
                filled |= Filled.Place;
                continue;
            }

            if (turn.Profile.Place == PlaceNeed.Public && HouseholdNamedBesideTheirHome(turn, flat, key))
            {
                // "是的就是这样，你们去找一下902，是他们家装修的时候弄的" from the owner of 1001, at a shared space's
                // restatement: a household named, not where the writer lives.
                continue;
            }

            if (turn.Profile.Place is PlaceNeed.OtherParty or PlaceNeed.Public)
            {
                state.HomeKey = key;
                filled |= Filled.Home;
            }
            else if (NamesHomeBesideAPublicPlace(turn) || LivesHereBesideAPublicPlace(turn, flat))
            {
                // The complaint stays where it happened; the ticket also carries the flat it came from.
                state.SetPlace(place with { Location = TicketPlace.Public(state.Location!, state.Building).Describe() }, key);
                state.HomeKey = key;
                filled |= Filled.Place | Filled.Home;
            }
            else if (KeepsThePublicPlace(turn, flat))
            {
                // A public place already given stays the ticket's place when a flat elsewhere comes later on its own
                // ("8栋2单元301 尾号7986" after a socket sparking in the bike shed by building 8): the flat is who is writing.
                state.HomeKey = key;
                filled |= Filled.Home;
            }
            else if (HomeBesideAnAreaNamed(turn) || PlacePutRightBesideTheirHome(turn))
            {
                // "…地下车库B1，5栋电梯口那排垃圾桶…老鼠" read with "5栋2单元2301, last 4 is 0942": the writer's home beside a
                // public area the matter is in — the area is the place (filled next), the flat is who writes.
                state.HomeKey = key;
                filled |= Filled.Home;
            }
            else if (flat.Role == FlatRole.Self && (filled & Filled.Place) != 0 && (flat.Relation != FlatRelation.None || state.Intent == IntentCode.Emergency))
            {
                // "5栋1单元1801，我是她对门1802的", and in an emergency "是1503，我家1502": the place named first stays; the
                // writer's own flat, told after it, is who writes.
                state.HomeKey = key;
                filled |= Filled.Home;
            }
            else
            {
                state.SetPlace(place, key);
                if (turn.Profile.Place == PlaceNeed.Home || flat.Role == FlatRole.Self)
                {
                    state.HomeKey = key;
                }

                filled |= Filled.Place;
            }
        }

        return filled;
    }

    /// <summary>
    /// A shared place told from a flat ("5栋1单元903门口的走廊") moved to the corrected flat, said as finely as before
    /// (the building, the unit or the whole flat), or null when the place does not start from a flat or nothing changes.
    /// </summary>
    private static TicketPlace? FlatTheLocationIsToldFrom(string location, string key)
    {
        if (LeadingFlat().Match(location) is not { Success: true } said || !RoomKey.TryParse(key, out var k) || k.Shop is not null)
        {
            return null;
        }

        var corrected = said.Groups["room"].Success && k.Unit is { } unit ? $"{k.Building}栋{unit}单元{k.Room}"
            : said.Groups["unit"].Success && k.Unit is { } onlyUnit ? $"{k.Building}栋{onlyUnit}单元"
            : $"{k.Building}栋";
        return corrected == said.Value ? null : TicketPlace.Public(corrected + location[said.Length..], k.Building);
    }

    [GeneratedRegex(@"^[1-9](?:栋|号楼|幢|座)(?:(?<unit>[1-9])单元)?(?:(?<room>[0-9]{3,4})(?:室|号)?)?")]
    private static partial Regex LeadingFlat();

    /// <summary>A room number alone, not said to be the writer's, when the writer's own flat is already known and is another.</summary>
    private static bool HouseholdNamedBesideTheirHome(RequestTurn turn, FlatMention flat, string key) =>
        flat.Role != FlatRole.Self && !flat.IsComplete && (turn.State.HomeKey ?? turn.User.BoundRoom) is { } home && home != key;

    /// <summary>
    /// A matter that may be anywhere, told of a public area ("地下车库B1…垃圾桶那里") beside the writer's own flat and no
    /// other ("5栋2单元2301, last 4 is 0942"), before any flat is the place: the area is where it happens, the flat who writes.
    /// </summary>
    private static bool HomeBesideAnAreaNamed(RequestTurn turn) =>
        turn.State.RoomKey is null && turn.Profile.Place == PlaceNeed.Any && turn.Slots.PublicPlace is { Location: { } area } && PublicPlaceReader.NamesAnArea(area)
        && OnlyTheirOwnFlatNamed(turn);

    /// <summary>
    /// "哦不对，不是北门，是西门…我住7栋2单元402": a public place put right in the message that also says where the writer
    /// lives — the place corrected is where it happens, the flat who writes.
    /// </summary>
    private static bool PlacePutRightBesideTheirHome(RequestTurn turn) =>
        turn.Slots.Act == DialogAct.Correction && turn.State is { RoomKey: null, Location: { } before } && turn.Slots.PublicPlace is { Location: { } now }
        && now != before && OnlyTheirOwnFlatNamed(turn);

    /// <summary>A whole flat is named as the writer's own, and no whole flat as anyone else's.</summary>
    private static bool OnlyTheirOwnFlatNamed(RequestTurn turn) =>
        turn.Slots.Flats.Any(f => f.IsComplete && f.Role == FlatRole.Self) && turn.Slots.Flats.All(f => !f.IsComplete || f.Role == FlatRole.Self);

    /// <summary>"1501的阿婆", "1501家的老人": a person named as living at that room.</summary>
    private static bool SomeoneAtRiskAt(string text, int room) =>
        PersonAtRoom().Matches(text).Any(m => m.Groups["room"].Value == room.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex("(?<![0-9])(?<room>[0-9]{3,4})(室|号)?(家)?(的|里的|里)(阿婆|阿公|老人|老人家|大爷|大妈|奶奶|爷爷|婆婆|老太太|老爷子|老伯|阿姨|孩子|小孩|宝宝|住户|人)")]
    private static partial Regex PersonAtRoom();

    /// <summary>
    /// "负一层的固定车位又被占了" then "4栋2单元2202": a complaint about a public place already given, then a flat said
    /// (not as a correction) — who complains, not another place.
    /// </summary>
    private static bool NamesHomeBesideAPublicPlace(RequestTurn turn) =>
        turn.Profile.IsComplaint && turn.Profile.Place == PlaceNeed.Any && turn.State.RoomKey is null && turn.State.Location is not null
        && turn.Slots.Act != DialogAct.Correction;

    /// <summary>
    /// "我爸在花园凉亭那摔倒了" then "我们住9栋2单元501": where the family lives, said beside a public place already given,
    /// is their home — the place stays where it happened.
    /// </summary>
    private static bool LivesHereBesideAPublicPlace(RequestTurn turn, FlatMention flat) =>
        flat.Role == FlatRole.Self && turn.Profile.Place == PlaceNeed.Any && turn.State.RoomKey is null && turn.State.Location is not null
        && turn.Slots.Act != DialogAct.Correction;

    /// <summary>A neighbour complaint's flat is the owner's own when they say so, or when it answers "where do you live?".</summary>
    /// "S108，招牌叫老陈烧烤。我住1栋1单元302": when the same message says which flat is theirs, the other one is the party complained about.
    private static bool IsOwnHome(RequestTurn turn, FlatMention flat) =>
        flat.Role == FlatRole.Self
        || (flat.Role == FlatRole.Unknown && flat.IsComplete
            && (turn.State.Asking == HomeStep.StepName || turn.State.OtherParty is not null || turn.State.RoomKey is not null)
            && !turn.Slots.Flats.Any(f => !ReferenceEquals(f, flat) && f.Role == FlatRole.Self && f.IsComplete));

    /// <summary>"是3002" after "1栋2单元3506": the room number in the building and unit already given.</summary>
    private static string? CompleteRoomOnly(RequestTurn turn, FlatMention flat)
    {
        if (flat.Room is not { } room || flat.Role == FlatRole.Other)
        {
            return null;
        }

        // "1栋1单元15楼，是1503": the building and unit said in the same message come first.
        var around = BuildingAndUnitSaid(turn.Turn.NormalizedText) ?? turn.State.RoomKey ?? turn.State.HomeKey ?? turn.State.LastWrongKey ?? BuildingAndUnitSaid(turn.State.NormalizedDescription);
        if (around is null || !RoomKey.TryParse(around, out var k) || k.Shop is not null)
        {
            return null;
        }

        return turn.Register.TryGetRoom(k.Building, k.Unit, room)?.Key;
    }

    /// <summary>"投诉3栋1单元的保洁…" then "我是1201的业主": the building and unit said first, as a key to read the room in.</summary>
    private static string? BuildingAndUnitSaid(string words) =>
        BuildingUnit().Match(words ?? "") is { Success: true } m ? $"{m.Groups[1].Value}-{m.Groups[2].Value}-101" : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"([1-9])\s*(?:栋|号楼|幢|座)\s*([1-9])\s*单元")]
    private static partial System.Text.RegularExpressions.Regex BuildingUnit();

    private static Filled FillPublicPlace(RequestTurn turn, bool first)
    {
        var place = turn.Slots.PublicPlace;
        if (place is null && turn.Profile.Place is PlaceNeed.Public or PlaceNeed.Any && !turn.State.HasPlace
            && OutsideHome().IsMatch(turn.Turn.NormalizedText) && turn.Home is { } home && PlaceReader.FromKey(home) is { } flat)
        {
            // "我店门口的井盖没了": the public place in front of the owner's own flat or shop.
            place = TicketPlace.Public($"{flat.Describe()}门口", flat.Building is > 0 ? flat.Building : null);
        }

        if ((place is null || place.Building is null) && turn.Profile.Place is PlaceNeed.Public && !turn.State.HasPlace && turn.Slots.Flats.Count == 0
            && OwnUnitsPlace(first ? turn.State.NormalizedDescription : turn.Turn.NormalizedText) is { } part
            && turn.Home is { } ownHome && RoomKey.TryParse(ownHome, out var own) && own.Shop is null && own.Unit is { } ownUnit)
        {
            // "我们22楼楼道的灯也坏了", "我们单元楼下的门禁" from the owner of 3-2-2201: that place in the owner's own building and unit.
            place = TicketPlace.Public($"{own.Building}栋{ownUnit}单元{part}", own.Building);
        }

        if (first && SharedAreaBesideHome(turn) is var shared and not Filled.None)
        {
            return shared;
        }

        // "我是9栋1单元502的，南门进来右手边那个井盖没了": for a public problem the flat says who is writing, not where; and
        // "我带着孩子在门外楼道里站着" told after the report says where the writer waits, not where the danger is.
        if (place is null || (!first && PublicPlaceReader.WhereTheWriterWentToWait(turn.Turn.NormalizedText)) || (turn.Profile.Place != PlaceNeed.Public && turn.Slots.Flats.Any(f => f.IsComplete && f.Role != FlatRole.Other)
            && !HomeBesideAnAreaNamed(turn) && !PlacePutRightBesideTheirHome(turn)))
        {
            return Filled.None;
        }

        // "4栋1单元1503" (or "不对，是4栋2单元1503") at the contact prompt of a barrier reported at the garage exit: a whole
        // flat and no area named is the writer's home, not a public place in that building.
        if (turn.Profile.Place == PlaceNeed.Public && turn.Slots.Flats.Any(f => f.IsComplete && f.Role != FlatRole.Other)
            && turn.State.HasPlace && (place.Location is null || !PublicPlaceReader.NamesAnArea(place.Location)))
        {
            return Filled.None;
        }

        if (place.Location is { } said && WriterIntroduced().Match(said) is { Success: true } intro && intro.Length < said.Length)
        {
            place = PublicPlaceReader.Find(said[intro.Length..]) ?? place with { Location = said[intro.Length..], Building = null, Unit = null };
        }

        var state = turn.State;
        var takes = turn.Profile.Place switch
        {
            PlaceNeed.Public or PlaceNeed.Any => state.RoomKey is null || first,
            PlaceNeed.OtherParty => state.OtherParty is null && !state.HasPlace && turn.Slots.Flats.Count == 0,
            _ => false,
        };
        if (!takes || (state.Location == place.Location && state.Building == place.Building))
        {
            return Filled.None;
        }

        if (state.HasPlace && state.Location is { } earlier && !first && turn.Slots.Act != DialogAct.Correction && earlier.Length > place.Location!.Length
            && earlier.Contains(place.Location, StringComparison.Ordinal))
        {
            return Filled.None;
        }

        if (state.Location is { } before && state.RoomKey is null && !first && turn.Slots.Act != DialogAct.Correction
            && (before.Length + place.Location!.Length) <= MaxCombined && !place.Location.Contains(before, StringComparison.Ordinal))
        {
            // "就在2栋那边的电梯口" after "地下车库B1东边电梯口": a closer description of the same place, not another one.
            state.SetPlace(TicketPlace.Public($"{before}（{place.Location}）", state.Building ?? place.Building), null);
            return Filled.Place;
        }

        state.SetPlace(WhereStep.OnTheMattersBuilding(turn, place), null);
        return Filled.Place;
    }

    private const int MaxCombined = 40;

    /// <summary>"9栋1单元502的，" at the start of a place: who is writing, said before where.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:我是|我住|我家)?\s*\d{1,2}\s*栋\s*(?:\d\s*单元)?\s*\d{3,4}(?:室|号)?(?:的)?(?:业主|住户)?[，,。\s]+")]
    private static partial System.Text.RegularExpressions.Regex WriterIntroduced();

    /// <summary>
    /// "我是3栋1单元1202的保姆，阿姨在大堂摔倒了": the flat says who is writing, the shared area where it happens is the
    /// place (3栋大堂, in the flat's building); the ticket keeps the flat it came from.
    /// </summary>
    private static Filled SharedAreaBesideHome(RequestTurn turn)
    {
        if (turn.Profile.Place is not (PlaceNeed.Any or PlaceNeed.Public)
            || turn.Slots.Flats.FirstOrDefault(f => f.IsComplete && f.Role != FlatRole.Other) is not { Key: { } said }
            || FlatReader.Complete(said, turn.Register) is not { } key || !RoomKey.TryParse(key, out var flat)
            || InSharedArea().Match(turn.Turn.NormalizedText) is not { Success: true } at
            || AtHome().IsMatch(turn.Turn.NormalizedText))
        {
            return Filled.None;
        }

        var area = at.Groups["area"].Value;
        var ofBuilding = flat.Shop is null && BuildingArea().IsMatch(area);
        var where = ofBuilding ? $"{flat.Building}栋{area}" : area;
        turn.State.SetPlace(TicketPlace.Public(where, ofBuilding ? flat.Building : null), null);
        turn.State.HomeKey ??= key;
        return Filled.Place | Filled.Home;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!家|屋|现|已经|都|先|还|躲|站|等|跑)在(?:我们|楼下的?|小区的?|一楼的?)?(?<area>大堂|门厅|电梯(?:口|厅|间)?|楼道|楼梯间?|走廊|(?:地下)?车库|地库|停车场|(?:中心|小区)?花园|凉亭|广场|健身房|(?:游)?泳池|会所|儿童乐园|游乐场)")]
    private static partial System.Text.RegularExpressions.Regex InSharedArea();

    /// <summary>"家里着火了，我现在在楼道": the home is where it happens.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("家里|屋里|家中|屋内|室内")]
    private static partial System.Text.RegularExpressions.Regex AtHome();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:大堂|门厅|电梯|楼道|楼梯|走廊)")]
    private static partial System.Text.RegularExpressions.Regex BuildingArea();

    /// <summary>The place in the writer's own unit a message names: "22楼楼道", "楼下门禁"; null when none.</summary>
    private static string? OwnUnitsPlace(string text) =>
        OwnFloorsPassage().Match(text) is { Success: true } passage ? $"{passage.Groups["floor"].Value}楼{passage.Groups["passage"].Value}"
        : OwnUnitsEntrance().Match(text) is { Success: true } entrance ? $"{entrance.Groups["where"].Value}{entrance.Groups["part"].Value}"
        : null;

    /// <summary>"我们单元楼下的门禁", "我们这个单元的大堂": the entrance and shared parts of the writer's own unit.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("(?:我们|我家|咱们|咱)(?:这个|这)?单元(?<where>楼下|一楼)?(?:的)?(?<part>门禁|单元门|大门|大堂|信报箱|电梯)")]
    private static partial System.Text.RegularExpressions.Regex OwnUnitsEntrance();

    /// <summary>"我们22楼楼道", "我家这层的走廊": a corridor of a floor in the writer's own building.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("(?:我们|我家|我住的|咱们|咱)(?:这)?(?<floor>[1-9][0-9]?)(?:楼|层)(?:的)?(?<passage>楼道|走廊|过道|电梯厅|电梯口|楼梯间)")]
    private static partial System.Text.RegularExpressions.Regex OwnFloorsPassage();

    [System.Text.RegularExpressions.GeneratedRegex("(?:我|我们|我家|我店|店|家|铺子|屋)(?:的)?门口|门前|店门外")]
    private static partial System.Text.RegularExpressions.Regex OutsideHome();

    /// <summary>
    /// The time of day a clock said alone means ("改成八点", "改成4点吧"): the afternoon when the time agreed was in the
    /// afternoon and no morning was said, or when nothing was agreed and the hour is a bare 1 to 6; as said otherwise.
    /// </summary>
    internal static TimeOnly ClockMeant(TimeOnly clock, SlotReading slots, DateTimeOffset? agreed)
    {
        var afternoon = agreed is { } at
            ? ChinaTime.ToLocal(at).Hour >= 12 && clock.Hour < 12 && !slots.Morning
            : slots.ClockIsBareSmallHour;
        return afternoon ? clock.AddHours(12) : clock;
    }

    /// <summary>
    /// "can they come at 8 tonight instead?" once an urgent repair is open with no time of its own: the visit is moved to
    /// it, and the ticket keeps it though the request books none.
    /// </summary>
    private static bool MovesAnOpenVisit(RequestTurn turn) =>
        !turn.Profile.AsksTime && turn.State.TicketNumber is not null && SlotReader.MovesTheVisitIn(turn.Turn.NormalizedText);

    private static Filled FillTime(RequestTurn turn)
    {
        var state = turn.State;
        var slots = turn.Slots;
        var movesAnOpenVisit = MovesAnOpenVisit(turn);
        if (slots.Time is { } partly && slots.PartOfTheDayOnly && state.VisitAt is { } agreed && ChinaTime.DateOf(agreed) == ChinaTime.DateOf(partly)
            && (ChinaTime.ToLocal(agreed).Hour < 12) == (ChinaTime.ToLocal(partly).Hour < 12))
        {
            // "他刚说明早临时要开会" beside a taxi agreed for tomorrow 07:00: the same morning said again keeps the hour agreed.
            return Filled.None;
        }

        if (slots.Time is { } at)
        {
            // "对，后天上午十点" repeating the time just restated changes nothing: it is a yes.
            var same = state.VisitAt == at && !state.VisitAsap;
            state.VisitAt = at;
            state.VisitAsap = false;
            state.VisitRequested |= movesAnOpenVisit;
            return same ? Filled.None : Filled.Time;
        }

        if (slots.Day is { } dayOnly)
        {
            state.VisitDay = dayOnly;
            if (state.VisitAt is { } had && ChinaTime.At(dayOnly, TimeOnly.FromDateTime(ChinaTime.ToLocal(had).DateTime)) is var moved && moved > turn.Now)
            {
                // "改到周六" keeps the hour agreed.
                state.VisitAt = moved;
            }

            return Filled.Time;
        }

        if (slots.ClockOnly is { } part && slots.PartOfTheDayOnly && state.VisitAt is { } booked
            && (ChinaTime.ToLocal(booked).Hour < 12) == (part.Hour < 12))
        {
            // "行吧，晚上见分晓" beside a visit agreed for 19:30: the same part of the day said again keeps the time agreed.
            return Filled.None;
        }

        if (slots.ClockOnly is { } clock && (state.VisitAt is not null || state.VisitDay is not null || state.Asking == WhenStep.StepName || movesAnOpenVisit))
        {
            var local = ChinaTime.ToLocal(state.VisitAt ?? turn.Now);
            var day = state.VisitAt is null && state.VisitDay is { } said ? said : DateOnly.FromDateTime(local.DateTime);
            var at2 = ChinaTime.At(day, ClockMeant(clock, slots, state.VisitAt));
            state.VisitAt = at2 > turn.Now ? at2 : at2.AddDays(1);
            state.VisitAsap = false;
            state.VisitRequested |= movesAnOpenVisit;
            return Filled.Time;
        }

        if (slots.Asap && turn.Profile.AsksTime && state.VisitAt is null && !state.VisitAsap)
        {
            state.VisitAsap = true;
            return Filled.Time;
        }

        return Filled.None;
    }

    /// <summary>"天花板往下滴水，应该是楼上漏下来的": the neighbour is where it comes from; the owner's own flat is the place.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:楼上|上面|上一层|楼上那家)[^，。,；]{0,10}(?:漏|渗|滴|流|淌|灌)(?:下来|下|到|进)|天花板|天花|吊顶|顶棚|from (?:upstairs|above)|ceiling", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ComesFromAbove();

    private static Filled FillContact(RequestTurn turn)
    {
        if (turn.Slots.Phone is not { } phone || phone == turn.State.Contact || IsTheEstatesHotline(turn, phone))
        {
            return Filled.None;
        }

        turn.State.Contact = phone;
        turn.User.ContactPhone = phone;
        return Filled.Contact;
    }

    /// <summary>"打0755-26886600连打了三次都没人接": the estate's own hotline is the number the owner rang, not theirs.</summary>
    private static bool IsTheEstatesHotline(RequestTurn turn, string phone)
    {
        var hotline = turn.Services.Knowledge.Current.Register.Profile.ServiceCentre.Hotline;
        var digits = new string([.. hotline.Where(char.IsAsciiDigit)]);
        return digits.Length > 0 && new string([.. phone.Where(char.IsAsciiDigit)]) is var said
            && (said == digits || (said.Length >= 7 && digits.EndsWith(said, StringComparison.Ordinal)));
    }

    /// <summary>
    /// A public area is already the ticket's place ("8栋旁边那个充电棚"; not "8栋2单元四楼", which the flat then narrows
    /// down) and the message does not say the flat is where it happens.
    /// </summary>
    private static bool KeepsThePublicPlace(RequestTurn turn, FlatMention flat) =>
        turn.State is { RoomKey: null, Location: { } location } && flat.Role != FlatRole.Other
        && PublicPlaceReader.NamesAnArea(location) && !MovesThePlace().IsMatch(turn.Turn.NormalizedText);

    /// <summary>"是在3栋2单元1501家里", "不对，地点是…": the flat is said as where it happens, not only as the writer's home.</summary>
    [GeneratedRegex(@"在|地点|位置|地方|不对|不是|搞错|说错|(?i:\b(at|in)\b)")]
    private static partial Regex MovesThePlace();

    /// <summary>"9栋" to "请问是哪一户？", then "2单元201" or "201": the flat in the building said first.</summary>
    private static Filled RestOfAFlatInPieces(RequestTurn turn)
    {
        var state = turn.State;
        if (WhereStep.RestOfTheHome(turn) is { } home)
        {
            // "1栋" then "1单元2103" from the writer of a neighbour complaint: their own home, not the flat complained of.
            state.FlatSoFar = null;
            state.HomeKey = home;
            return Filled.Home;
        }

        if (state.FlatSoFar is not { } soFar || state.HasPlace || !WhereStep.TakesAFlatInPieces(turn)
            || FlatPieces.Complete(soFar, turn.Turn.NormalizedText, turn.Register) is not { } key || PlaceReader.FromKey(key) is not { } place)
        {
            return Filled.None;
        }

        state.FlatSoFar = null;
        state.SetPlace(place, key);
        state.HomeKey ??= key;
        return Filled.Place;
    }

    private static bool UnitLeftOut(RequestTurn turn, string key) =>
        RoomKey.TryParse(key, out var k) && k.Shop is null && k.Unit is null && turn.Register.Candidates(k.Building, k.Room).Count > 1;

    /// <summary>"2单元", "Unit 2" after "3栋1202" (both units have one): the flat, now whole.</summary>
    private static Filled UnitOfPendingFlat(RequestTurn turn)
    {
        var state = turn.State;
        if (state.UnitPending is not { } pending || (turn.Slots.UnitFix ?? turn.Slots.UnitSaid) is not { } unit
            || !RoomKey.TryParse(pending, out var k) || turn.Register.TryGetRoom(k.Building, unit, k.Room) is not { } room
            || PlaceReader.FromKey(room.Key) is not { } place)
        {
            return Filled.None;
        }

        state.UnitPending = null;
        if (turn.Profile.Place is PlaceNeed.OtherParty or PlaceNeed.Public)
        {
            state.HomeKey = room.Key;
            return Filled.Home;
        }

        state.SetPlace(place, room.Key);
        state.HomeKey ??= room.Key;
        return Filled.Place;
    }

    private static Filled FixBuildingOrUnit(RequestTurn turn)
    {
        var state = turn.State;
        var key = turn.Profile.Place == PlaceNeed.OtherParty ? state.HomeKey : state.RoomKey;
        if ((turn.Slots.BuildingFix is null && turn.Slots.UnitFix is null) || key is null || !RoomKey.TryParse(key, out var k) || k.Shop is not null)
        {
            return Filled.None;
        }

        if (turn.Register.TryGetRoom(turn.Slots.BuildingFix ?? k.Building, turn.Slots.UnitFix ?? k.Unit, k.Room) is not { } room)
        {
            return Filled.None;
        }

        if (turn.User.StatedRoom == key)
        {
            // The flat the owner said was theirs is put right too, so the next request starts from the right home.
            turn.User.StatedRoom = room.Key;
        }

        if (turn.Profile.Place == PlaceNeed.OtherParty)
        {
            state.HomeKey = room.Key;
            if (state.OtherParty is { IsComplete: false } other && FlatReader.Resolve(other, room.Key, turn.Register) is { } moved && moved != state.RoomKey)
            {
                // "不对，是2单元": the neighbour named from the home ("楼上") moves with it.
                state.SetPlace(PlaceReader.FromKey(moved)!, moved);
                return Filled.Home | Filled.Place;
            }

            return Filled.Home;
        }

        state.SetPlace(PlaceReader.FromKey(room.Key)!, room.Key);
        if (state.HomeKey == key)
        {
            state.HomeKey = room.Key;
        }

        return Filled.Place;
    }

    private static string Describe(RoomKey key) =>
        key.Unit is { } unit ? $"{key.Building}栋{unit}单元{key.Room}" : $"{key.Building}栋{key.Room}";
}
