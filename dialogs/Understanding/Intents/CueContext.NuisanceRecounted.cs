using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

internal static partial class CueContext
{
    /// <summary>
    /// "又是1802！昨晚…还在咚咚咚跺地板", "楼上又开始拖椅子了": a neighbour (named, or by flat number) doing a nuisance again or
    /// last night — not the earlier complaint asked after ("上次投诉隔壁狗叫的那个，有结果了吗").
    /// </summary>
    public static bool RecountsANeighboursNuisance(string text) =>
        AgainOrEveryNight().IsMatch(text) && Nuisance().IsMatch(text) && !TheEarlierComplaint().IsMatch(text) && (NamesANeighbour(text) || NeighboursFlat().IsMatch(text));

    [GeneratedRegex("又是|又在|又开始|又来|又(吵|闹|跺|拖|蹦|放|唱|装修|打钻|叫|弹)|昨晚|昨天晚上|今晚|半夜|凌晨|刚才|这会儿?|现在还")]
    private static partial Regex AgainOrEveryNight();

    /// <summary>"上次投诉隔壁狗叫的那个", "我反映的那件事": the earlier complaint asked after, not a new one.</summary>
    [GeneratedRegex("(投诉|反映|报|说)(过)?的(那个|那件|事)|(那个|那件)事")]
    private static partial Regex TheEarlierComplaint();

    [GeneratedRegex("跺|拖(桌|椅|凳|东西|家具)|蹦|咚咚|砰砰|哐哐|吵|闹到|闹了|噪音|音响|放音乐|唱歌|卡拉ok|电钻|打钻|装修|狗(一直|整晚|整夜)?叫|弹琴|麻将", RegexOptions.IgnoreCase)]
    private static partial Regex Nuisance();

    [GeneratedRegex("(?<![0-9A-Za-z-])[0-9]{3,4}(?![0-9])(?!号?(车位|位|停车位))")]
    private static partial Regex NeighboursFlat();
}
