using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// "🔥🔥🔥 4栋1单元", "3栋 🔥🔥": fire emoji beside a building, a unit or a flat is a fire reported in a hurry (alone, or beside
/// a song or a dish, "🔥🔥" is praise).
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(\U0001F525\\s*){2,}[^，。,.!！?？]{0,4}([1-9]\\s*(栋|号楼|幢|单元)|\\b\\d{3,4}\\b|大堂|楼道|车库|地库)|([1-9]\\s*(栋|号楼|幢|单元)|\\b\\d{3,4}\\b|大堂|楼道|车库|地库)[^，。,.!！?？]{0,6}(\U0001F525\\s*){2,}")]
    private static partial Regex FireEmojiAtAPlace();
}
