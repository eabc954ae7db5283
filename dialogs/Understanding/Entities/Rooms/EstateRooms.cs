using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Understanding.Entities.Rooms;

/// <summary>
/// Which addresses exist in the estate: the loaded register when there is one, otherwise the sample estate's layout
/// (1–6栋 high-rise: 2 units, 32 floors, rooms 01–04; 7–9栋 garden flats: 2 units, 6 floors, rooms 01–02;
/// shops S101–S120).
/// </summary>
internal sealed class EstateRooms(EstateRegister? register)
{
    public static EstateRooms Sample { get; } = new(null);

    public bool Exists(RoomAddress address)
    {
        if (register is not null)
        {
            return register.TryGetRoom(address.Value) is not null;
        }

        if (address.IsShop)
        {
            return address.Room is >= 101 and <= 120;
        }

        if (address.Unit is not (null or 1 or 2))
        {
            return false;
        }

        return address.Building switch
        {
            >= 1 and <= 6 => address.Floor is >= 1 and <= 32 && address.Position is >= 1 and <= 4,
            >= 7 and <= 9 => address.Floor is >= 1 and <= 6 && address.Position is >= 1 and <= 2,
            _ => false,
        };
    }
}
