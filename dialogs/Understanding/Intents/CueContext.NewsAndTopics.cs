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
        (NewsHeadline().IsMatch(text) || DisasterWithItsYearOrToll().IsMatch(text) || DisasterInquiryInEnglish().IsMatch(text)
            || (PlaceAndDisasterOnly().IsMatch(text) && !HomeOrHereWords().IsMatch(text)))
        && !MentionsTheEstate(text) && !Personal().IsMatch(text);

    /// <summary>
    /// Round 83's general-domain class: "长沙自建房倒塌2022", "土耳其索马煤矿爆炸死了300多人", "天津港爆炸牺牲了好多消防员",
    /// "三丰百货倒塌和偷工减料有关": a disaster told with its year, its toll, its rescue or its cause — news, not a report.
    /// </summary>
    [GeneratedRegex(@"(爆炸|火灾|大火|倒塌|坍塌|垮塌|停电|矿难|溃坝|踩踏)\s*(19|20)\d{2}|(19|20)\d{2}\s*年?[^，。,.!！?？]{0,12}(爆炸|火灾|倒塌|坍塌|垮塌|矿难)|(爆炸|火灾|大火|倒塌|坍塌|垮塌|矿难)(救援|死了|死亡|遇难|牺牲|伤亡|的原因|原因|调查|真相|始末|纪念|救出来几|和[^，。,.!！?？]{0,12}(哪个|有关))")]
    private static partial Regex DisasterWithItsYearOrToll();

    /// <summary>"Rana Plaza collapse how many died", "Surfside condo collapse cause report", "Grenfell inquiry findings".</summary>
    [GeneratedRegex(@"\b(collapse|explosion|blast|fire|disaster|stampede)\b[^.!?]{0,24}\b(how many (died|dead|were killed|people died)|death toll|cause report|report|inquiry|anniversary)\b|\binquiry findings\b", RegexOptions.IgnoreCase)]
    private static partial Regex DisasterInquiryInEnglish();

    /// <summary>"昆山粉尘爆炸", "深圳舞王俱乐部火灾": a place and a disaster and nothing else, the way a search names it.</summary>
    [GeneratedRegex(@"^[\u4e00-\u9fa5·0-9]{2,10}(大爆炸|爆炸|火灾|大火|倒塌|坍塌|垮塌|矿难)$")]
    private static partial Regex PlaceAndDisasterOnly();

    /// <summary>Words that put a bare headline at the writer's home or nearby ("厨房燃气爆炸", "隔壁火灾"): not news.</summary>
    [GeneratedRegex("家|屋|厨房|卫生间|浴室|阳台|房间|客厅|卧室|楼|栋|单元|室|门口|电梯|车库|地库|小区|隔壁|对面|旁边|附近|外面|这|那|我|你|他|她|刚|在|了|热水器|插座|电|空调|冰箱|手机|充电|车|锅|灶|油|气罐")]
    private static partial Regex HomeOrHereWords();

    /// <summary>"火灾", "洪水": a disaster word and nothing else.</summary>
    public static bool IsABareDisasterWord(string text) => BareDisasterWord().IsMatch(text);

    [GeneratedRegex("(爆炸|倒塌|坍塌|火灾|大火|地震|洪水|海啸|踩踏|割伤|溺水|触电|泄漏|中毒|沉船|坠机|车祸|撞车|脱轨|困人)(事故|事件|惨案|案)|^[^，。,.!！?？\\s]{2,10}(大爆炸|大地震|大火灾|特大火灾|大洪水|大海啸|大停电)$|^[^，。,.!！?？\\s]{2,8}(自建房|大楼|大桥|桥梁|隧道|矿井|化工厂|工厂|商场|体育馆|看台)(倒塌|坍塌|垮塌|爆炸|起火|大火)$")]
    private static partial Regex NewsHeadline();

    [GeneratedRegex("^(火灾|洪水|地震|台风|海啸|泥石流|山体滑坡|爆炸|龙卷风|雪崩|火山爆发|暴雨|洪灾|旱灾|雷击|溺水|触电)$")]
    private static partial Regex BareDisasterWord();
}
