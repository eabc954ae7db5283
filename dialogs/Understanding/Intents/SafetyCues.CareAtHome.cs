using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 30's classes, from households with special needs: a machine someone lives on (a ventilator, an oxygen
/// concentrator, a dialysis machine) stopped by a cut, breath that fails (喘得很厉害, 嘴唇发紫), a parent with dementia who
/// has walked out, a fall and then no word, waters broken; and from second-hand reports: someone fallen into a hole, a
/// gas pipe broken or spraying.
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(呼吸机|制氧机|氧气机|吸氧机|供氧机|透析机|(?i:oxygen (machine|concentrator)|ventilator|dialysis machine))[^。.!！?？]{0,10}(?<!差点|差一点|差点儿|险些|好险)(断电|停了|停机|不转|不转了|没电|关了|用不了|(?i:stopped|is off|went off|no power|died))|(断电|停电|没电|跳闸)[^。.!！?？]{0,12}(呼吸机|制氧机|氧气机|吸氧机|透析机)[^。.!！?？]{0,4}(停|不转|用不了|没法用)|(呼吸机|制氧机|氧气机|吸氧机|透析机)[^。.!！?？]{0,10}(备用电池|电池|蓄电池)[^。.!！?？]{0,8}(只剩|就剩|只能撑|撑不了|快没电|快用完)")]
    private static partial Regex LifeSupportStopped();

    [GeneratedRegex("喘得(很|好|特别|非常)?(厉害|不行)|嘴唇(发紫|发黑|青紫)|脸色(发紫|青紫)|憋得(不行|慌)")]
    private static partial Regex BreathFailing();

    [GeneratedRegex("(失智|老年痴呆|痴呆|认知障碍|阿尔茨海默|糊涂了)(?=[^。.!！?？]{0,30}(走了|走丢|出去了|不见了|找不到|搵不到|搵唔到|行了出去|行咗出去|跑出去|自己出门))|(走丢了|不见了|找不到人|搵不到人|搵唔到人|行了出去|行咗出去)(?=[^。.!！?？]{0,20}(失智|老年痴呆|痴呆|认知障碍|阿尔茨海默))")]
    private static partial Regex ConfusedParentWanderedOff();

    [GeneratedRegex("(摔|滑倒|跌倒|跌|倒地|倒在)(?=[^。.!！?？]{0,14}(不说话了|不吭声了|不出声了|没反应|叫不醒|醒不过来|昏迷|没意识))")]
    private static partial Regex FallThenNoWord();

    [GeneratedRegex("羊水破了|羊水破咗|破水了|要生了|快要生了")]
    private static partial Regex LabourStarted();

    [GeneratedRegex("(井盖|井口|窨井|下水井|坑|洞)(?=[^。.!！?？]{0,16}(?<!差点|差一点|险些|小心|容易|可能|会|怕|担心|万一|以免|免得|防止)(有个|有人|一个)(?:(?!差点|差一点|差些|险些|差不多)[^。.!！?？]){0,6}(掉下去了|掉进去了|摔下去了|跌下去了|掉进去|掉下去))")]
    private static partial Regex FallenIntoAHole();

    [GeneratedRegex("(有人|有个人|一个人|小孩|孩子|老人|人)[^，。,.!！?？]{0,4}(掉|摔|跌)(进|到|下|落)?(了)?(电梯井|井里|井下|坑里|洞里|井道)")]
    private static partial Regex FallenIntoAShaft();

    [GeneratedRegex("(?<=(煤气|燃气|天然气)[^。.!！?？]{0,8})(管子?|管道|软管)[^。.!！?？]{0,4}(断了|裂了|破了|爆了|在喷|喷气)")]
    private static partial Regex GasPipeBroken();
}
