using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// "灯突然不亮了，我以为是停电，后来看别的灯都亮的": the alarm the owner first thought of and then ruled out is not what they
/// report — the rest of the message is.
/// </summary>
internal static partial class CueContext
{
    /// <summary>The message names an urgent matter only as a first mistaken thought, then says what it turned out to be.</summary>
    public static bool RulesOutAFirstThought(string text) => MistakenThought().IsMatch(text);

    [GeneratedRegex("(我|还)?以为是?(停电|停水|跳闸|漏水|着火|漏气|煤气|燃气|有人)[^。.!！?？]{0,12}[，,。 ]*(后来|结果|其实|原来|一看|发现|才知道)")]
    private static partial Regex MistakenThought();
}
