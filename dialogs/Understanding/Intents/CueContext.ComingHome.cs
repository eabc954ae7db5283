using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// "一进门地上全是水", "下班回到家一开门…": what the writer finds on coming home is in their home, however much the
/// words ("地上全是水") sound like a shared floor.
/// </summary>
internal static partial class CueContext
{
    public static bool FoundOnComingHome(string text) => ComingHome().IsMatch(text);

    [GeneratedRegex("^(我)?(刚|刚刚)?(一进门|一开门|进门就|开门就|回到家|到家(一看|就|发现)|进屋)|(下班|加班|夜班|出差|旅游)(回来|回家|回到家)[^。.!！?？]{0,6}(一开门|一进门|发现|看到)")]
    private static partial Regex ComingHome();
}
