using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Requests.Slots;

/// <summary>
/// Public places written in English, put into the Chinese words the place reader knows: "the lift in building 5, unit 2"
/// → 5栋2单元电梯, "the car park B1" → 地下车库B1, "north gate" → 北门. Only text with Latin letters is touched.
/// </summary>
public static partial class EnglishPlaces
{
    private static readonly Dictionary<string, string> Areas = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lift lobby"] = "电梯厅", ["lifts"] = "电梯", ["lift"] = "电梯", ["elevators"] = "电梯", ["elevator"] = "电梯",
        ["lobby"] = "大堂", ["corridor"] = "楼道", ["hallway"] = "楼道", ["hallways"] = "楼道", ["stairwell"] = "楼梯间",
        ["staircase"] = "楼梯", ["stairs"] = "楼梯", ["car park"] = "地下车库", ["carpark"] = "地下车库",
        ["parking lot"] = "停车场", ["parking garage"] = "地下车库", ["garage"] = "地下车库", ["parking"] = "停车场",
        ["playground"] = "游乐场", ["gym"] = "健身区", ["swimming pool"] = "泳池", ["pool"] = "泳池", ["garden"] = "花园",
        ["rooftop"] = "天台", ["roof"] = "楼顶", ["entrance"] = "单元门", ["main gate"] = "小区大门",
        ["north gate"] = "北门", ["south gate"] = "南门", ["east gate"] = "东门", ["west gate"] = "西门",
    };

    public static string ToChinese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsAsciiLetter))
        {
            return text;
        }

        // "the lift in building 5, unit 2": the building first, as Chinese puts it.
        var rewritten = AreaInBuilding().Replace(text, m => $"{Building(m)}{Areas[Squeeze(m.Groups["area"].Value)]}");
        rewritten = BuildingOnly().Replace(rewritten, Building);
        return AreaWord().Replace(rewritten, m => Areas[Squeeze(m.Value)]);
    }

    private static string Building(Match m) =>
        m.Groups["unit"].Success ? $"{m.Groups["building"].Value}栋{m.Groups["unit"].Value}单元" : $"{m.Groups["building"].Value}栋";

    private static string Squeeze(string words) => string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"building 5, unit 2" not followed by a room number (a flat is the flat reader's).</summary>
    private const string BuildingAndUnit = @"(?:building|bldg|block|blk|tower)\.?\s*(?<building>[1-9])\b(?>(?:[\s,，]*unit\s*(?<unit>[1-9])\b)?)(?![\s,，]*(?:room|rm|flat|apt|#)?\s*\d{3,4}\b)";

    [GeneratedRegex(@"(?i)\b(?<area>lift lobby|lifts?|elevators?|lobby|corridor|hallways?|stairwell|staircase|stairs|entrance)\s+(?:in|of|at|for)\s+(?:the\s+)?" + BuildingAndUnit)]
    private static partial Regex AreaInBuilding();

    [GeneratedRegex(@"(?i)\b" + BuildingAndUnit)]
    private static partial Regex BuildingOnly();

    [GeneratedRegex(@"(?i)\b(?:lift lobby|lifts|lift|elevators|elevator|lobby|corridor|hallways|hallway|stairwell|staircase|stairs|car\s+park|carpark|parking\s+lot|parking\s+garage|garage|parking|playground|gym|swimming\s+pool|pool|garden|rooftop|roof|main\s+gate|north\s+gate|south\s+gate|east\s+gate|west\s+gate)\b")]
    private static partial Regex AreaWord();
}
