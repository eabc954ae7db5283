using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 35's general-domain false alarms: a disaster named as news or as a topic ("天津港爆炸事故", "某地自建房倒塌",
/// "冰刀割伤事故有多危险", "贝鲁特大爆炸") with no one and nothing of the estate in it, and a disaster word sent alone
/// ("火灾", "洪水"), which is a topic to ask about with one tap, not a report to dispatch on.
/// </summary>
internal static partial class CueContext
{
    /// <summary>A disaster named the way a headline or a search names it, with no one and nothing of the estate in it.</summary>
    public static bool NamesADisasterAsNews(string text) =>
        NewsHeadline().IsMatch(text) && !MentionsTheEstate(text) && !Personal().IsMatch(text);

    /// <summary>"火灾", "洪水": a disaster word and nothing else.</summary>
    public static bool IsABareDisasterWord(string text) => BareDisasterWord().IsMatch(text);

    [GeneratedRegex("(爆炸|倒塌|坍塌|火灾|大火|地震|洪水|海啸|踩踏|割伤|溺水|触电|泄漏|中毒|沉船|坠机|车祸|撞车|脱轨|困人)(事故|事件|惨案|案)|^[^，。,.!！?？\\s]{2,10}(大爆炸|大地震|大火灾|特大火灾|大洪水|大海啸|大停电)$|^[^，。,.!！?？\\s]{2,8}(自建房|大楼|大桥|桥梁|隧道|矿井|化工厂|工厂|商场|体育馆|看台)(倒塌|坍塌|垮塌|爆炸|起火|大火)$")]
    private static partial Regex NewsHeadline();

    [GeneratedRegex("^(火灾|洪水|地震|台风|海啸|泥石流|山体滑坡|爆炸|龙卷风|雪崩|火山爆发|暴雨|洪灾|旱灾|雷击|溺水|触电)$")]
    private static partial Regex BareDisasterWord();
}
