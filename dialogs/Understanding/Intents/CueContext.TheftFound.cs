using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>A theft or a forced lock found after the fact: property endangered, for security to check — not a life in danger.</summary>
internal static partial class CueContext
{
    /// <summary>"储物间被人撬了锁，今早下去才发现", "车库里的电动车被偷了", "our storeroom was broken into last night".</summary>
    public static bool TellsOfATheft(string text) => Theft().IsMatch(text);

    /// <summary>"我放在地下储藏室的锁被人撬了，今天早上下去才发现": a theft at the estate (a storeroom, the garage, the flat's door).</summary>
    public static bool TheftAtTheEstate(string text) =>
        TellsOfATheft(text) && EstatePlaceRobbed().IsMatch(text) && !TheftElsewhere().IsMatch(text)
        && !HypothesisInside().IsMatch(text) && !TheftAskedAbout().IsMatch(text);

    /// <summary>"储藏室被撬了，物业赔不赔", "what if the garage is broken into": a theft asked about (supposed: <see cref="HypothesisInside"/>).</summary>
    [GeneratedRegex(@"会不会|赔不赔|管不管|怎么办|怎么防|(吗|么)\W*$|[?？]\W*$|\b(if|what if|should i)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheftAskedAbout();

    [GeneratedRegex(@"储藏室|储物间|杂物间|地下室|负一|负二|车库|停车场|车位|家里|家门|房门|入户门|门锁|阳台|单元|楼道|快递柜|信报箱|电动车|自行车|单车|电瓶|\b(storeroom|storage room|garage|car ?park|our flat|my flat|front door|bike shed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EstatePlaceRobbed();

    [GeneratedRegex(@"信用卡|银行卡|盗刷|账号|账户|手机号|微信|支付宝|地铁|公交|商场|景区|酒店|网上|\b(subway|metro|bus|hotel|online|account|card)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheftElsewhere();

    [GeneratedRegex(@"撬|被盗|失窃|小偷|被偷|偷走|偷了|遭贼|进贼|\b(break-?in|broken into|burglar(y|ized|ised)?|stolen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Theft();
}
