using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>The standard's small parts of a simple repair (service-standard.md: tap, switch plate, door handle, shower head, a bulb, a lock).</summary>
internal static partial class CueContext
{
    /// <summary>A small part named, with no leak, seepage or damage to walls or floors that would make it a general repair.</summary>
    public static bool NamesASmallPart(string text) => SmallPart().IsMatch(text) && !BiggerRepair().IsMatch(text);

    /// <summary>
    /// "The tap in the kitchen cannot close properly, water keep dripping", "水龙头关不紧一直滴": a small part that drips, with
    /// nothing pouring, spraying or flooding — the standard's simple repair, not a 10-minute one.
    /// </summary>
    public static bool SmallPartDrips(string text) => SmallPart().IsMatch(text) && Drips().IsMatch(text) && !Pours().IsMatch(text);

    [GeneratedRegex(@"(?i)(?<!一)滴水|一直滴|滴滴答答|关不紧|关不严|拧不紧|\bdrip(s|ping)?\b|\b(won'?t|can ?not|can'?t|doesn'?t|does not|will not) (close|shut|turn off)")]
    private static partial Regex Drips();

    [GeneratedRegex(@"(?i)喷|爆|哗哗|一地|满地|淹|浸|止不住|关不住|关不掉|\b(pour(s|ing)?|flood(ed|ing)?|everywhere|burst|spray(s|ing)?|gushing|all over)\b")]
    private static partial Regex Pours();

    /// <summary>Water over the floor ("流得满地都是", "地下浸晒"): a cistern or a tap that does this is no small matter.</summary>
    [GeneratedRegex(@"(?i)满地|一地|地上全是|浸|淹|溢出|漫出|漫到|\b(flood(ed|ing)?|overflow(s|ing)?)\b")]
    private static partial Regex FloodsTheFloor();

    /// <summary>"Could someone come and replace it?", "帮我换一个": the owner asks for the part to be replaced or fixed.</summary>
    public static bool AsksToMendIt(string text) => MendIt().IsMatch(text);

    /// <summary>
    /// "钥匙丢了进不了门", "wo bei suo zai men wai le…叫个师傅来开下门", "locked myself out": an adult locked out, which the
    /// standard makes a simple repair (a child locked in is an emergency, told by its own cue).
    /// </summary>
    public static bool LockedOut(string text) => LockedOutWords().IsMatch(text);

    /// <summary>
    /// "在3栋大堂信报箱那边捡到一串钥匙", "found a wallet by the gate": something someone lost, found by the writer — lost
    /// property for the service centre, not a request.
    /// </summary>
    public static bool FoundSomeonesThing(string text) => FoundProperty().IsMatch(text);

    [GeneratedRegex(@"(?i)(捡到|拾到|捡了|拾获|捡着|执到)[^，。,.!！?？]{0,8}(钥匙|锁匙|钱包|银包|手机|门禁卡|饭卡|银行卡|身份证|证件|背包|包包|手提包|雨伞|手表|项链|戒指|耳机|眼镜|玩具|快递)|found (a|an|some|somebody'?s|someone'?s)[^.!?]{0,20}(keys?|wallet|phone|access card|card|bag|purse|passport|umbrella|watch)")]
    private static partial Regex FoundProperty();

    [GeneratedRegex(@"(?i)(锁|关)在(了)?(家)?门外|进不(了|去)(家)?门|(钥匙|要匙|锁匙)[^，。,.!！?？]{0,3}(丢|掉|忘|落|锁在|弄丢|不见)|没带钥匙|(师傅|师福|锁匠|开锁的)[^，。,.!！?？]{0,4}开(下|个|一下)?门|suo zai men wai|\blocked (myself |ourselves |us |me )?out\b|\blost (my |our |the )?(door )?keys?\b")]
    private static partial Regex LockedOutWords();

    [GeneratedRegex(@"(?i)换|修|装回|\b(?:replace|replaced|fix|fixed|change|repair|mend|put (?:it )?back)\b")]
    private static partial Regex MendIt();

    [GeneratedRegex(@"(?i)门把手|把手|拉手|灯泡|灯管|水龙头|龙头|开关面板|插座面板|花洒|锁芯|门锁|\b(?:door\s*)?(?:handle|knob)s?\b|\b(?:light\s*)?bulbs?\b|\btaps?\b|\bfaucets?\b|\bswitch\s*plates?\b|\bshower\s*heads?\b|\b(?:the|a|my|door|front door)\s+lock\b(?!\s+(?:properly|up|it))")]
    private static partial Regex SmallPart();

    [GeneratedRegex(@"(?i)渗|漏水|墙面|墙皮|地砖|空鼓|变形|裂缝|发霉|\b(?:seep|leak|crack|mould|mold|damp)")]
    private static partial Regex BiggerRepair();
}
