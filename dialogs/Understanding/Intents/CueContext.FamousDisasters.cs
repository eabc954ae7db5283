using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

internal static partial class CueContext
{
    /// <summary>
    /// "伦敦格伦费尔大楼火灾 外墙铝塑板", "江西丰城电厂冷却塔施工平台坍塌", "外墙保温层着火 上海静安那次", "tacoma narrows bridge
    /// collapse video": a fire or a collapse named as a known event — a named building, bridge or plant, a year, "那次" —
    /// with nothing of the estate named and nobody asking for help. The alarm word is a noun here, not "着火了".
    /// </summary>
    private static bool NamesAFamousDisaster(string text, int index, int length) =>
        !MentionsTheEstate(text) && !IsUrgent(text) && !HappensNow().IsMatch(text.AsSpan(index + length, Math.Min(2, text.Length - index - length)))
        && (NamedStructure().IsMatch(text.AsSpan(Math.Max(0, index - 10), Math.Min(10, index)))
            || KnownEvent().IsMatch(text.AsSpan(index + length, Math.Min(14, text.Length - index - length)))
            || (HasLatin(text) && StructureCollapseInEnglish().IsMatch(text)));

    [GeneratedRegex("^\\s*(了|啦|啊|呀|嗎|吗)")]
    private static partial Regex HappensNow();

    [GeneratedRegex("大楼|大厦|大桥|桥|电厂|冷却塔|平台|工厂|化工厂|仓库|体育场|剧院|教堂|圣母院|塔楼|双子塔|世贸|(1[89]|20)[0-9]{2}(年|(?=\\s*地震))|地震")]
    private static partial Regex NamedStructure();

    [GeneratedRegex("那次|那场|那件|事件|事故|的原因|原因是|是.{0,8}引起的|教训|案例|调查报告|纪录片|视频")]
    private static partial Regex KnownEvent();

    [GeneratedRegex(@"\b(bridge|towers?|walkway|building|dam|stadium|tower block|skyscraper)s? (collapse|fire|disaster|failure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StructureCollapseInEnglish();
}
