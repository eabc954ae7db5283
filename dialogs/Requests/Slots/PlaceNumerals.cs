using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Understanding.Entities.Rooms;

namespace ConciergeBot.Dialogs.Requests.Slots;

/// <summary>"六号楼一单元", "十二幢": a building or unit written in Chinese numerals, read as the estate writes it ("6栋1单元", "12栋").</summary>
public static partial class PlaceNumerals
{
    public static string ToDigits(string text) =>
        BuildingOrUnit().Replace(text ?? "", m => $"{Value(m.Groups["n"].Value)}{(m.Groups["what"].Value == "单元" ? "单元" : "栋")}");

    private static int Value(string numeral) => RoomNumberReader.TrySmall(numeral, 0, 99, out var value, out _) ? value : 0;

    /// <summary>A numeral up to 二十九 before 栋, 号楼, 幢 or 单元 — not part of a longer number ("一千二百零二").</summary>
    [GeneratedRegex("(?<![零一二三四五六七八九十百千])(?<n>[一二三四五六七八九]|十[一二三四五六七八九]?|[二]十[一二三四五六七八九]?)(?<what>栋|号楼|幢|单元)")]
    private static partial Regex BuildingOrUnit();
}
