namespace ConciergeBot.Knowledge.Estate;

/// <summary>The kinds of premises in the estate; fees differ by kind.</summary>
public enum BuildingKind
{
    /// <summary>高层住宅 (buildings 1–6), the only kind that pays the lift running fee.</summary>
    HighRise,

    /// <summary>洋房 (多层, buildings 7–9).</summary>
    Garden,

    /// <summary>商铺 S101–S120 along the south street.</summary>
    Shop,
}
