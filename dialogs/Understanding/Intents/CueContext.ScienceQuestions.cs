using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

internal static partial class CueContext
{
    /// <summary>
    /// "燃烧的三要素 可燃物 氧气 温度达到着火点", "钠着火要用沙子盖灭 那镁着火呢", "煤矿瓦斯爆炸的浓度范围": chemistry,
    /// physics or biology asked as school knowledge — nothing burns here, nothing of the estate is named, nobody asks for help.
    /// </summary>
    public static bool AsksScienceKnowledge(string text) =>
        (ScienceWords().IsMatch(text) || (HasLatin(text) && ScienceInEnglish().IsMatch(text)))
        && !HappeningNowOrHelpAsked().IsMatch(text) && !MentionsTheEstate(text);

    [GeneratedRegex("三要素|着火点|燃点|化学方程式|方程式|化学式|(燃烧|反应|实验)(的)?现象|浓度范围|爆炸极限|[三四五六]个条件|知识点|考点|化学题|物理题|化学作业|物理作业|(化学|物理|生物)(课|老师|实验|考试|竞赛)|实验室|课本|教材|初[一二三](化学|物理)|高[一二三](化学|物理|生物)|氧化(反应|剂)|还原反应|(钠|镁|钾|磷|铝|锂)(着火|燃烧|遇水)|振荡反应|(?<!燃气|天然气)原理是")]
    private static partial Regex ScienceWords();

    [GeneratedRegex(@"\b(chemistry|physics|biology|science) (question|class|homework|report|teacher|exam)\b|\bfor my (physics|chemistry|science) (report|class|homework)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScienceInEnglish();
}
