using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>The standard's small parts of a simple repair (service-standard.md: tap, switch plate, door handle, shower head, a bulb, a lock).</summary>
internal static partial class CueContext
{
    /// <summary>A small part named, with no leak, seepage or damage to walls or floors that would make it a general repair.</summary>
    public static bool NamesASmallPart(string text) => SmallPart().IsMatch(text) && !BiggerRepair().IsMatch(text);

    [GeneratedRegex(@"(?i)门把手|把手|拉手|灯泡|灯管|水龙头|龙头|开关面板|插座面板|花洒|锁芯|门锁|\b(?:door\s*)?(?:handle|knob)s?\b|\b(?:light\s*)?bulbs?\b|\btaps?\b|\bfaucets?\b|\bswitch\s*plates?\b|\bshower\s*heads?\b|\blocks?\b")]
    private static partial Regex SmallPart();

    [GeneratedRegex(@"(?i)渗|漏水|墙面|墙皮|地砖|空鼓|变形|裂缝|发霉|\b(?:seep|leak|crack|mould|mold|damp)")]
    private static partial Regex BiggerRepair();
}
