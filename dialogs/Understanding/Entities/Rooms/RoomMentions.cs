namespace ConciergeBot.Dialogs.Understanding.Entities.Rooms;

/// <summary>A text without the flats it names: "6栋2单元1502" would otherwise match the estate overview (楼栋, 单元) over what is asked.</summary>
public static class RoomMentions
{
    /// <summary><paramref name="text"/> with the spans of its room entities (<paramref name="found"/> in it) taken out.</summary>
    public static string Removed(string text, IEnumerable<RecognizedEntity> found)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        foreach (var room in found.Where(e => e.Type == EntityTypes.Room).OrderByDescending(e => e.Start))
        {
            text = text.Remove(room.Start, room.Length);
        }

        return text;
    }
}
