namespace ConciergeBot.Knowledge.Estate;

/// <summary>The contents of <c>estate.json</c>: buildings, their kind, units, floors and areas by room position.</summary>
internal sealed record EstateLayoutFile(
    string Estate, string Company, ServiceCentre ServiceCentre, IReadOnlyList<BlockLayout> Blocks, ShopLayout Shops);

/// <summary>A run of identical buildings (1–6 high-rise, 7–9 garden flats).</summary>
internal sealed record BlockLayout(
    int FirstBuilding, int LastBuilding, BuildingKind Kind, int Units, int Floors, IReadOnlyDictionary<int, decimal> AreaByPosition);

/// <summary>The shops S{First}–S{Last}, all of one area.</summary>
internal sealed record ShopLayout(int First, int Last, decimal AreaSqm);
