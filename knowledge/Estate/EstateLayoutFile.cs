namespace ConciergeBot.Knowledge.Estate;

/// <summary>
/// The contents of <c>estate.json</c>: who the estate is (name, company, the bot's name and greeting, the service
/// centre), then its buildings, their kind, units, floors and areas by room position.
/// </summary>
internal sealed record EstateLayoutFile(
    string Estate, string Company, string BotName, string Greeting, ServiceCentre ServiceCentre, IReadOnlyList<BlockLayout> Blocks, ShopLayout Shops)
{
    public EstateProfile Profile => new(Estate, Company, BotName, Greeting, ServiceCentre);
}

/// <summary>A run of identical buildings (in the sample estate 1–6 high-rise, 7–9 garden flats).</summary>
internal sealed record BlockLayout(
    int FirstBuilding, int LastBuilding, BuildingKind Kind, int Units, int Floors, IReadOnlyDictionary<int, decimal> AreaByPosition);

/// <summary>The shops S{First}–S{Last}, all of one area.</summary>
internal sealed record ShopLayout(int First, int Last, decimal AreaSqm);
