using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

internal static partial class CueContext
{
    /// <summary>
    /// "又是1802！昨晚…还在咚咚咚跺地板", "楼上又开始拖椅子了": a neighbour (named, or by flat number) doing a nuisance again or
    /// last night — not the earlier complaint asked after ("上次投诉隔壁狗叫的那个，有结果了吗").
    /// </summary>
    public static bool RecountsANeighboursNuisance(string text) =>
        AgainOrEveryNight().IsMatch(text) && Nuisance().IsMatch(text) && !TheEarlierComplaint().IsMatch(text) && (NamesANeighbour(text) || NeighboursFlat().IsMatch(text))
        && !PastimeInACommonPlace(text);

    /// <summary>
    /// "昨晚十一点多了还有人在那打球，拍球声、喊叫声，还有人拿音箱放歌": noise recounted — last night, again — with nothing of
    /// danger in it: the shouting is the noise, not a call for help.
    /// </summary>
    public static bool RecountsNoiseOnly(string text) =>
        AgainOrEveryNight().IsMatch(text) && (Nuisance().IsMatch(text) || NoiseHeard().IsMatch(text)) && !DangerBesidesNoise().IsMatch(text);

    /// <summary>"广场舞…音箱开得特别响", "在凉亭里唱K": people at their pastimes, not a machine, make the noise.</summary>
    public static bool PeopleAtTheirPastimes(string text) => Pastimes().IsMatch(text);

    /// <summary>"楼下广场舞音响天天开那么大": a pastime in a shared place — no household to take it up with.</summary>
    public static bool PastimeInACommonPlace(string text) => Pastimes().IsMatch(text) && CommonPlace().IsMatch(text);

    [GeneratedRegex("广场舞|跳舞|唱歌|唱k|k歌|卡拉ok|放歌|打球|打麻将|喝酒划拳|划拳", RegexOptions.IgnoreCase)]
    private static partial Regex Pastimes();

    [GeneratedRegex("拍球声|球声|喊叫声|叫声|音箱|放歌|音乐声|吵得|吵死")]
    private static partial Regex NoiseHeard();

    [GeneratedRegex("火|烟|燃|煤气|瓦斯|晕|倒地|倒在|血|伤|困|救|摔|砸|刀|打架|打人|偷|撬|120|119|110|不动|昏|呼吸|抽搐|漏|电线|冒|求助|报警|出事")]
    private static partial Regex DangerBesidesNoise();

    [GeneratedRegex("又是|又在|又开始|又来|又(吵|闹|跺|拖|蹦|放|唱|装修|打钻|叫|弹)|昨晚|昨天晚上|今晚|每天晚上|每晚|天天|半夜|凌晨|刚才|这会儿?|现在还")]
    private static partial Regex AgainOrEveryNight();

    /// <summary>"上次投诉隔壁狗叫的那个", "我反映的那件事": the earlier complaint asked after, not a new one.</summary>
    [GeneratedRegex("(投诉|反映|报|说)(过)?的(那个|那件|事)|(那个|那件)事")]
    private static partial Regex TheEarlierComplaint();

    [GeneratedRegex("跺|拖(桌|椅|凳|东西|家具)|蹦|咚咚|砰砰|哐哐|吵|闹到|闹了|噪音|音响|放音乐|唱歌|卡拉ok|电钻|打钻|装修|狗(一直|整晚|整夜)?叫|弹琴|麻将", RegexOptions.IgnoreCase)]
    private static partial Regex Nuisance();

    [GeneratedRegex("(?<![0-9A-Za-z-])[0-9]{3,4}(?![0-9])(?!号?(车位|位|停车位))")]
    private static partial Regex NeighboursFlat();
}
