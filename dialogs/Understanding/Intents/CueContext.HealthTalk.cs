using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 51's general-domain class: health talk in alarm words that reports no danger here now — a fever that "烧起来" again,
/// an old burn's scar, a disease named "中毒性…", whether to help someone fallen in the street (not one fallen on the estate's
/// stairs: "我在3栋2单元的楼梯上看见一个老奶奶摔在台阶上起不来了…不知道该不该扶她" is someone down now), a graze from cleaning an
/// ear, wanting to learn first aid for a fit once seen, a herb soaked in water to drink.
/// </summary>
internal static partial class CueContext
{
    /// <summary>True when the alarm word at <paramref name="index"/> is health talk, not danger now.</summary>
    private static bool HealthTalkNotDanger(string text, int index, int length)
    {
        var cue = text.Substring(index, length);
        return (FeverWord().IsMatch(cue) && Fever().IsMatch(text) && !BurningSeen().IsMatch(text))
            || ScarOfAnOldHurt().IsMatch(text)
            || DiseaseNamed().IsMatch(text.AsSpan(index))
            || (WhetherToHelpAStranger().IsMatch(text) && !NamesEstatePlace(text))
            || (SmallSelfCareBleed().IsMatch(text) && !BleedsHard().IsMatch(text))
            || WantsToLearnFirstAid().IsMatch(text)
            || SoakedToDrink().IsMatch(text)
            || SportInjuryAskedAbout(text);
    }

    /// <summary>The cue is only a fire word that also says a fever rises ("又烧起来了"), not a fit or anything else with it.</summary>
    [GeneratedRegex("^(烧起来|烧了起来|烧着|烧着了|在烧)$")]
    private static partial Regex FeverWord();

    [GeneratedRegex("退烧|发烧|高烧|低烧|烧到\\d|烧了\\d|体温|\\d{2}(\\.\\d)?度")]
    private static partial Regex Fever();

    [GeneratedRegex("火|烟|焦|糊")]
    private static partial Regex BurningSeen();

    [GeneratedRegex("(烫伤|烧伤|割伤|摔伤|咬伤|抓伤)(的|留下的|后的|以后的)?(疤|印子|色素)")]
    private static partial Regex ScarOfAnOldHurt();

    [GeneratedRegex("^中毒性")]
    private static partial Regex DiseaseNamed();

    [GeneratedRegex("(该不该|要不要|能不能|敢不敢|应不应该)(去)?扶|扶不扶")]
    private static partial Regex WhetherToHelpAStranger();

    [GeneratedRegex("(掏耳朵|挖耳朵|采耳|刷牙|牙龈|牙刷|剪指甲|倒刺|刮胡子|挤痘|抠鼻|挖鼻)[^，。,.!！?？]{0,6}(出血|流血|出了点血)")]
    private static partial Regex SmallSelfCareBleed();

    [GeneratedRegex("止不住|不停地流|好多血|很多血|一直流血|一直在流")]
    private static partial Regex BleedsHard();

    [GeneratedRegex("(想|要|得|准备)(学|学习|了解)(一下|学|下)?[^，。,.!！?？]{0,6}(正确的|急救|处理方法|怎么处理|怎么救|怎么急救)|(想|要|得|准备)先(学|学习|了解)(起来|一下|下)")]
    private static partial Regex WantsToLearnFirstAid();

    [GeneratedRegex("(罗汉果|菊花|枸杞|茶叶|柠檬|金银花|胖大海|红枣|黄芪|陈皮|决明子|薄荷|玫瑰|蒲公英)[^，。,.!！?？]{0,3}泡水|泡水[^，。,.!！?？]{0,4}(喝|饮)")]
    private static partial Regex SoakedToDrink();
}
