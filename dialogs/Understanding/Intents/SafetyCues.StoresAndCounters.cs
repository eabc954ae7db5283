using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 60's classes: someone shut in a basement store or room who cannot get out (a fire door that will not open from
/// inside, no signal, stuffy air), someone clutching their chest who has sat down or gone pale, a gas pipe cut or
/// broken open by workers.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>
    /// "有人被困在负二层储藏区了，防火门从里面打不开", "门被风带上了把我关在里面…没信号，好闷": shut in and cannot get out; so is
    /// a child or a person who climbed or fell into a bin, a chest or a drum ("细路仔爬咗入去…出唔返嚟", "孩子钻进旧冰柜里出不来了").
    /// </summary>
    [GeneratedRegex("(小孩|孩子|小朋友|儿子|女儿|娃|宝宝|有人|老人)[^。.!！?？]{0,10}(爬|钻|掉|跳|跌|摔)(了)?(进|入)(了)?[^。.!！?？]{0,16}(垃圾桶|垃圾箱|大桶|桶|箱子|柜子|冰柜|洗衣机|去|里面|里头)[^。.!！?？]{0,30}(出不去|出不来|爬不出|上不来|拉不出|拉不上)|((被)?(困|关|锁)在|(把|将)(我|他|她|孩子|小孩|人|老人|我妈|我爸)(关|锁|困)在)[^。.!！?？]{0,14}?(储藏|储物|地下室|杂物间|设备间|机房|仓库|里面|里头|里边)(?=[^。.!！?？]{0,40}(打不开|出不来|出不去|没(有)?信号|手机快没电|好闷|很闷|喘不|快来|开门))")]
    private static partial Regex ShutInAStoreRoom();

    /// <summary>"前面排队的大哥捂着胸口坐地上了，脸煞白一头汗": chest clutched, and down or pale.</summary>
    [GeneratedRegex("捂着(胸口|心口)(?=[^。.!！?？]{0,24}(坐地上|坐在地上|倒|蹲(在)?地上|瘫|煞白|发白|苍白|惨白|一头汗|满头大汗|冷汗|说不出话|喘不))")]
    private static partial Regex ChestClutchedAndPale();

    /// <summary>"装修工刚把燃气管割开了": a gas pipe cut or broken open.</summary>
    [GeneratedRegex("(燃气|煤气|天然气)(管|管道|管子|立管)[^。.!！?？]{0,4}(被)?(割开|割断|割破|切开|切断|弄断|弄破|挖断|挖破|打穿|钻穿|钻破|打破|砸断|砸破)|(割开|割断|割破|切断|弄断|弄破|挖断|挖破|打穿|钻穿|钻破|砸断|砸破)(了)?(燃气|煤气|天然气)(管|管道|管子|立管)")]
    private static partial Regex GasPipeCutOpen();
}
