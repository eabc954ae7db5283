using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 80 and 81's classes: a person caught in flood water (trapped where it is chest-high, or gone down into a flooding
/// garage and not answering), a threat to jump told in English, a machine that has caught a foot or a hand, someone
/// beaten bloody, and a lift platform tipping with a worker on it (someone lying in the road and a confused old person
/// walking out towards it are branches of VulnerablePersonAstray).
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>
    /// "老公在地下车库被困了，水已经到胸口了", "地库水都到膝盖了，我爸还下去开车，电话打不通": a person in flood water now —
    /// trapped with it rising high, or gone down into it and out of reach.
    /// </summary>
    [GeneratedRegex("(被困|困住|困在|出不来|上不来)[^。.!！?？]{0,16}水[^。.!！?？]{0,6}(到|淹到|没过|漫到|齐)(了)?(胸|胸口|脖子|腰|下巴|肩膀)|水[^。.!！?？]{0,6}(到|淹到|没过|漫到|齐)(了)?(胸|胸口|脖子|腰|下巴|肩膀)[^。.!！?？]{0,16}(被困|困住|困在|出不来|上不来|人还在)|(地库|车库|地下室|负一|负二|B1|B2)[^。.!！?？]{0,10}(水|淹)[^。.!！?？]{0,20}(爸|妈|老公|老婆|儿子|女儿|老人|孩子|有人)[^。.!！?？]{0,8}(还)?(下去|在下面|在里面)[^。.!！?？]{0,12}(电话打不通|联系不上|找不到|没上来|没回来|不接电话)", RegexOptions.IgnoreCase)]
    private static partial Regex CaughtInFloodWater();

    /// <summary>"Someone is threatening to jump from the roof of building 5": a threat to jump, now.</summary>
    [GeneratedRegex(@"\bthreaten(ing|s|ed)? to jump\b|\b(going|wants?|about|trying) to jump (off|from)\b[^.!?]{0,30}\b(roof|building|balcony|window|bridge|floor|ledge)\b|\b(standing|sitting) on the (edge|ledge|parapet)\b[^.!?]{0,30}\b(crying|jump)", RegexOptions.IgnoreCase)]
    private static partial Regex ThreatToJumpInEnglish();

    /// <summary>"割草的大哥让割草机给绞着脚了，血呼啦的": a machine that has caught a foot, a hand or hair.</summary>
    [GeneratedRegex("(割草机|绞肉机|机器|卷帘门|传送带|搅拌机|碎枝机|绞盘|滚筒)[^，。,.!！?？]{0,6}(绞|卷|夹|压|切|轧)(着|住|到|了|伤|断)(了)?[^，。,.!！?？]{0,4}(脚|手|腿|胳膊|手指|脚趾|头发)")]
    private static partial Regex CaughtByAMachine();

    /// <summary>"两个醉汉在南门岗亭打保安，保安头都破了": someone being beaten, hurt now.</summary>
    [GeneratedRegex("(打|揍|殴打|砍|捅|围殴)[^，。,.!！?？]{0,4}(保安|人|老人|孩子|师傅|保洁|门卫|业主|外卖员|快递员)[^。.!！?？]{0,12}(头|脸|嘴|鼻子|额头)(都|也)?(破了|打破了|流血|出血|在流血|开了)")]
    private static partial Regex BeatenBloody();

    /// <summary>"修树的升降车歪了，上面师傅还吊着，车子一直往一边倒": a lift platform tipping with someone up on it.</summary>
    [GeneratedRegex("(升降车|升降机|高空车|曲臂车|登高车|吊车|升降台)[^，。,.!！?？]{0,10}(歪|倒|翻|倾斜|侧翻)[^。.!！?？]{0,12}(上面|上头|斗里|篮里)[^，。,.!！?？]{0,4}(人|师傅|工人)")]
    private static partial Regex LiftPlatformTippingWithAWorker();
}
