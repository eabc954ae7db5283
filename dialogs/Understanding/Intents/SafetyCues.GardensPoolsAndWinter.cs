using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger told without alarm words in the gardens, the clubhouse and pool, and at home in winter (round 42): a dog that
/// bit someone told in a 把 sentence with the blood; stung until faint; someone gone under in the water; people shut in
/// a hot sauna; a limb stuck and not coming out; the writer hiding from an intruder. Each is read in its context by
/// <see cref="CueContext"/> like every other cue.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"邻居家狗把我孩子咬了，腿上好几个血洞": a bite told with 把, and its blood.</summary>
    [GeneratedRegex("(狗|犬|猫)[^，。,.!！?？]{0,4}把[^，。,.!！?？]{0,6}(咬了|咬伤了|咬到了|咬破了)(?=[^。.!！?？]{0,16}(血|流血|出血|血洞))")]
    private static partial Regex BittenWithBa();

    /// <summary>"我爸被马蜂蛰晕了": stung until faint or breathless.</summary>
    [GeneratedRegex("(蛰|蜇|叮|咬)(晕|昏)(了|过去)|(蛰|蜇)[^，。,.!！?？]{0,6}(喘不上气|呼吸困难|站不起来|脸都肿)")]
    private static partial Regex StungUntilFaint();

    /// <summary>"深水区有人沉下去了，一直没上来": someone gone under in the water.</summary>
    [GeneratedRegex("(有人|孩子|小孩|老人|他|她)[^，。,.!！?？]{0,4}(沉下去|沉到水底|沉底)(了)?|(沉下去|潜下去)[^。.!！?？]{0,8}(一直)?没(有)?(上来|浮上来)")]
    private static partial Regex GoneUnder();

    /// <summary>"桑拿房门把手坏了，里面的人出不来，在使劲拍门": shut in a sauna or steam room.</summary>
    [GeneratedRegex("(桑拿|汗蒸|蒸房|蒸汽房)[^。.!！?？]{0,16}(出不来|打不开|困在|关在|拍门)")]
    private static partial Regex ShutInASauna();

    /// <summary>"孩子把手伸进暖风机后面卡住拔不出来了": a limb stuck and not coming out.</summary>
    [GeneratedRegex("(手|手指|脚|腿|胳膊|头)[^。.!！?？]{0,10}卡(住|在)[^。.!！?？]{0,6}(拔不出|出不来|拿不出|抽不出)")]
    private static partial Regex LimbStuck();

    /// <summary>"有个陌生人正在撬柜子，我躲在淋浴间不敢出声": the writer hiding from someone now.</summary>
    [GeneratedRegex("(躲在|躲进|藏在)[^，。,.!！?？]{0,8}(不敢出声|不敢出来|不敢动|不敢吭声)")]
    private static partial Regex HidingNow();
}
