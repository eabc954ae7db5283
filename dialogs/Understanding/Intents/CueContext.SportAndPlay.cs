using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 63's general-domain class: sport talk in alarm words — a finger hurt at basketball asked about ("这是骨折还是扭伤"),
/// a climbing injury named by its ligament, a ball or a float that loses air ("漏气" is no gas here).
/// </summary>
internal static partial class CueContext
{
    /// <summary>
    /// "打篮球手指戳伤了肿得像萝卜 这是骨折还是扭伤", "攀岩手指受伤滑车韧带": a small part hurt at sport, asked about or named
    /// by its anatomy, with nothing acute and nothing of the estate — a question, not someone to be reached in 10 minutes.
    /// </summary>
    private static bool SportInjuryAskedAbout(string text) =>
        Sport().IsMatch(text) && SmallBodyPart().IsMatch(text) && (WhichInjury().IsMatch(text) || Anatomy().IsMatch(text))
        && !AcuteNow().IsMatch(text) && !NamesEstatePlace(text);

    /// <summary>"篮球打气针插进去漏气怎么办", "泳圈漏气了": air out of a ball, a tyre or a float — no gas (the words the
    /// offerings context keeps for gas, <see cref="GasWord"/>) and no smell named.</summary>
    public static bool AirOutOfAThing(string text) => AirOut().IsMatch(text) && !GasWord().IsMatch(text) && !BottledGasOrSmell().IsMatch(text);

    [GeneratedRegex("篮球|足球|排球|羽毛球|网球|乒乓|打球|踢球|攀岩|抱石|跑步|健身|撸铁|举铁|深蹲|卧推|滑雪|滑板|骑行|练拳|拳击|瑜伽|运动")]
    private static partial Regex Sport();

    [GeneratedRegex("手指|指头|脚趾|脚踝|手腕|膝盖|韧带|半月板|跟腱|肩膀|脚背|手掌|指甲")]
    private static partial Regex SmallBodyPart();

    [GeneratedRegex("(骨折|扭伤|拉伤|挫伤|骨裂|脱臼)(了)?还是|是不是(骨折|骨裂|扭伤|拉伤)|算不算(骨折|扭伤)")]
    private static partial Regex WhichInjury();

    [GeneratedRegex("滑车|韧带|半月板|跟腱|软组织")]
    private static partial Regex Anatomy();

    [GeneratedRegex("流血不止|血止不住|昏|晕|起不来|动不了|没反应|叫不醒|救命|快来|马上|120|现在在")]
    private static partial Regex AcuteNow();

    [GeneratedRegex("(球|篮球|足球|排球|轮胎|车胎|内胎|气垫|泳圈|游泳圈|充气|气球|打气|气门|气针|皮艇)[^，。,.!！?？]{0,10}漏气|漏气[^，。,.!！?？]{0,4}(的)?(球|轮胎|车胎|气垫|泳圈)")]
    private static partial Regex AirOut();

    [GeneratedRegex("石油气|气味|味道|臭")]
    private static partial Regex BottledGasOrSmell();
}
