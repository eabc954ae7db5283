using System.Globalization;

namespace ConciergeBot.Knowledge.Estate;

/// <summary>
/// The estate register: every flat and shop with its floor, area, kind, owner, tenant and vacancy.
/// Immutable; a reload builds a new instance.
/// </summary>
public sealed class EstateRegister
{
    private readonly Dictionary<string, RoomInfo> _rooms;

    internal EstateRegister(EstateProfile profile, Dictionary<string, RoomInfo> rooms)
    {
        Profile = profile;
        _rooms = rooms;
        Buildings = [.. rooms.Values.Where(r => r.Building > 0).Select(r => r.Building).Distinct().Order()];
        ExampleFlat = PickExampleFlat();
        ExampleShop = rooms.Values.Where(r => r.Kind == BuildingKind.Shop).MinBy(r => r.Room, StringComparer.Ordinal);
    }

    /// <summary>The estate's name, company, the bot's name and greeting, the service centre's hours and hotline.</summary>
    public EstateProfile Profile { get; }

    /// <summary>Residential building numbers (1–9 in the sample estate).</summary>
    public IReadOnlyList<int> Buildings { get; }

    public IEnumerable<RoomInfo> Rooms => _rooms.Values;

    /// <summary>
    /// A flat of this estate to show owners how an address is written (3栋2单元1602): the third building (or the
    /// last), its second unit (or the only one), the middle floor, the second flat on it.
    /// </summary>
    public RoomInfo ExampleFlat { get; }

    /// <summary>The estate's first shop, for the same purpose (S101); null when it has none.</summary>
    public RoomInfo? ExampleShop { get; }

    public int Count => _rooms.Count;

    /// <summary>Loads the register (and the estate's profile) from <c>estate.json</c> and <c>owners.json</c> in <paramref name="dataDirectory"/>.</summary>
    public static EstateRegister Load(string dataDirectory)
    {
        var layout = KnowledgeJson.Read(Path.Combine(dataDirectory, "estate.json"), KnowledgeJson.Default.EstateLayoutFile);
        var rules = KnowledgeJson.Read(Path.Combine(dataDirectory, "owners.json"), KnowledgeJson.Default.RegisterRulesFile);
        Validate(layout, rules);
        return new EstateRegister(layout.Profile, RegisterGenerator.Generate(layout, rules));
    }

    /// <summary>
    /// A flat by building, unit and room number (1202 = floor 12, position 02). With no unit the result carries
    /// the area, floor and kind (identical in both units) but no occupant. Null when there is no such flat.
    /// </summary>
    public RoomInfo? TryGetRoom(int building, int? unit, int room)
    {
        if (unit is { } u)
        {
            return _rooms.GetValueOrDefault(string.Create(CultureInfo.InvariantCulture, $"{building}-{u}-{room}"));
        }

        var first = _rooms.GetValueOrDefault(string.Create(CultureInfo.InvariantCulture, $"{building}-1-{room}"));
        return first is null ? null : first with { Unit = null, Owner = null, Tenant = null, Vacant = false };
    }

    /// <summary>A shop by number: "S105" (or "s105").</summary>
    public RoomInfo? TryGetShop(string shop) =>
        RoomKey.TryParse(shop, out var key) && key.Shop is { } s ? _rooms.GetValueOrDefault(s) : null;

    /// <summary>A flat or shop by its entity key: "3-2-1202", "5--1801", "S105".</summary>
    public RoomInfo? TryGetRoom(string key) =>
        !RoomKey.TryParse(key, out var k) ? null
        : k.Shop is { } shop ? _rooms.GetValueOrDefault(shop)
        : TryGetRoom(k.Building, k.Unit, k.Room);

    /// <summary>Both units' flats for a building and room number when the unit was not given (identity binding tries each).</summary>
    public IReadOnlyList<RoomInfo> Candidates(int building, int room) =>
        [.. Enumerable.Range(1, 9).Select(u => TryGetRoom(building, u, room)).OfType<RoomInfo>()];

    private RoomInfo PickExampleFlat()
    {
        var building = Buildings.Count > 0 ? Buildings[Math.Min(2, Buildings.Count - 1)]
            : throw new KnowledgeDataException("estate.json: the estate has no residential building.");
        var flats = _rooms.Values.Where(r => r.Building == building).ToList();
        var unit = flats.Any(f => f.Unit == 2) ? 2 : flats.Min(f => f.Unit);
        var floors = flats.Where(f => f.Unit == unit).Select(f => f.Floor).Distinct().Order().ToList();
        var onFloor = flats.Where(f => f.Unit == unit && f.Floor == floors[(floors.Count - 1) / 2]).OrderBy(f => f.Room, StringComparer.Ordinal).ToList();
        return onFloor[Math.Min(1, onFloor.Count - 1)];
    }

    private static void Validate(EstateLayoutFile layout, RegisterRulesFile rules)
    {
        if (new[] { layout.Estate, layout.Company, layout.BotName, layout.Greeting, layout.ServiceCentre.Hotline, layout.ServiceCentre.OfficeHours }
            .Any(string.IsNullOrWhiteSpace))
        {
            throw new KnowledgeDataException("estate.json: estate, company, botName, greeting and the service centre's hotline and office hours must not be empty.");
        }

        foreach (var block in layout.Blocks)
        {
            if (block.FirstBuilding < 1 || block.LastBuilding < block.FirstBuilding || block.Units < 1 || block.Floors < 1
                || block.AreaByPosition.Count == 0 || block.AreaByPosition.Any(p => p.Key is < 1 or > 99 || p.Value <= 0))
            {
                throw new KnowledgeDataException(
                    $"estate.json: block {block.FirstBuilding}–{block.LastBuilding} has an invalid range, floor count or area.");
            }
        }

        if (layout.Shops.AreaSqm <= 0 || layout.Shops.Last < layout.Shops.First)
        {
            throw new KnowledgeDataException("estate.json: shops need a positive area and a valid number range.");
        }

        if (rules.Surnames.Count == 0 || rules.MobilePrefixes.Count == 0 || rules.MoveInUntil < rules.Handover)
        {
            throw new KnowledgeDataException("owners.json: surnames, mobile prefixes and a handover date before moveInUntil are required.");
        }
    }
}
