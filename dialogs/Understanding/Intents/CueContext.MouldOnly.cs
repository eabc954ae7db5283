using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>Mould and damp told on their own: a repair to book at its standard pace, not a 10-minute hazard.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "电梯厅那面墙发霉发得很厉害，黑乎乎一大片，一股霉味": mould, a damp patch or a musty smell, with no water running,
    /// standing or dripping now and nothing electrical near it, can wait the standard's time (a public area's 3 working
    /// days, a home's 7); "墙发霉，楼上的水还在往下滴" and "霉斑旁边的插座在冒火花" cannot.
    /// </summary>
    public static bool MouldOnly(string text) =>
        (Mould().IsMatch(text) || (HasLatin(text) && MouldInEnglish().IsMatch(text))) && !WaterNow().IsMatch(text) && !NearPower().IsMatch(text);

    /// <summary>"家里发霉，老人咳得喘不上气": someone struggling to breathe or fainting is no mould to book.</summary>
    public static bool MouldOnlyAndNobodyUnwell(string text) => MouldOnly(text) && !Unwell().IsMatch(text);

    [GeneratedRegex("喘不|呼吸困难|透不过气|晕|昏|抽搐|不省人事|救命|休克|\\b(can't breathe|fainted|collapsed)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unwell();

    [GeneratedRegex("发霉|霉斑|霉点|长霉|生霉|霉菌|霉味|霉臭|返潮|回潮|发潮")]
    private static partial Regex Mould();

    [GeneratedRegex("\\b(mou?ld(y)?|mildew|musty|damp patch)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex MouldInEnglish();

    [GeneratedRegex("漏水|在漏|还在(漏|渗|滴|流|冒)|往下(滴|流|淌)|滴水|流水|积水|淹|冒水|喷水|水管(爆|裂|破)|一直(漏|渗|滴|流)|止不住|\\b(leak(ing)?|dripping|flood(ed|ing)?|standing water)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex WaterNow();

    [GeneratedRegex("插座|电线|电箱|电闸|开关|灯|漏电|火花|冒烟|焦味|\\b(socket|wiring|spark)", RegexOptions.IgnoreCase)]
    private static partial Regex NearPower();
}
