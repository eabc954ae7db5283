namespace ConciergeBot.Knowledge.Estate;

/// <summary>
/// One flat or shop on the register.
/// </summary>
/// <param name="Building">Building number 1–9; 0 for shops.</param>
/// <param name="Unit">Unit 1–2; null for shops, or when looked up without a unit (then no occupant is given).</param>
/// <param name="Room">Room number as written on the door: "1202", "301", "S105".</param>
/// <param name="Floor">Floor (shops: 1).</param>
/// <param name="AreaSqm">建筑面积 in square metres.</param>
/// <param name="Kind">High-rise, garden flat or shop.</param>
/// <param name="Owner">Registered owner, null when unsold or when the unit is unknown.</param>
/// <param name="Vacant">No one lives there (unsold, or the owner never moved in).</param>
/// <param name="Tenant">Registered tenant, if any.</param>
public sealed record RoomInfo(
    int Building, int? Unit, string Room, int Floor, decimal AreaSqm, BuildingKind Kind,
    Resident? Owner, bool Vacant, Resident? Tenant = null)
{
    /// <summary>The canonical key, as the room entity writes it: "3-2-1202", "5--1801" (unit unknown), "S105".</summary>
    public string Key => Kind == BuildingKind.Shop ? Room : $"{Building}-{Unit}-{Room}";

    /// <summary>How staff write the address: 3栋2单元1202, 5栋1801, 商铺S105.</summary>
    public string DisplayName => Kind == BuildingKind.Shop
        ? "商铺" + Room
        : Unit is { } unit ? $"{Building}栋{unit}单元{Room}" : $"{Building}栋{Room}";

    /// <summary>True when the last four digits belong to the owner's or the tenant's registered mobile.</summary>
    public bool IsRegisteredMobile(string lastFour) =>
        Owner?.MatchesMobile(lastFour) == true || Tenant?.MatchesMobile(lastFour) == true;
}
