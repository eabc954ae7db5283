using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Entities.Rooms;

/// <summary>A room address as owners give it: building, unit (if said) and room number, or a shop number.</summary>
internal readonly record struct RoomAddress(int Building, int? Unit, int Room, bool IsShop)
{
    public int Floor => Room / 100;

    public int Position => Room % 100;

    /// <summary>The entity value: "3-2-1202", "5--1801" (unit not said), "S101".</summary>
    public string Value => IsShop
        ? string.Create(CultureInfo.InvariantCulture, $"S{Room}")
        : string.Create(CultureInfo.InvariantCulture, $"{Building}-{Unit}-{Room}");

    /// <summary>Shape of a real address anywhere (not only this estate): recognised even when the estate has no such room.</summary>
    public bool IsPlausible => IsShop
        ? Room is >= 1 and <= 999
        : Building is >= 1 and <= 99 && Unit is null or (>= 1 and <= 9) && Floor is >= 1 and <= 99 && Position is >= 1 and <= 20;
}
