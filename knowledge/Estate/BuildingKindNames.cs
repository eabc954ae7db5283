namespace ConciergeBot.Knowledge.Estate;

/// <summary>Chinese names of <see cref="BuildingKind"/> as owners and staff say them.</summary>
public static class BuildingKindNames
{
    public static string ChineseName(this BuildingKind kind) => kind switch
    {
        BuildingKind.HighRise => "高层",
        BuildingKind.Garden => "洋房",
        BuildingKind.Shop => "商铺",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
