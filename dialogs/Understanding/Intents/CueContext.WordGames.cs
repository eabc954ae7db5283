using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Riddles, xiehouyu, couplets, school exercises (造句, 看图写话, a rhyme to learn the emergency numbers), omens, dreams and
/// feng shui: alarm words played with, taught or read as signs, not reported.
/// </summary>
internal static partial class CueContext
{
    /// <summary>
    /// "水管子爆了 下半句是啥 我记得有个歇后语", "海龟汤：一个人在沙漠里死了", "上联 火烧眉毛": a word game names the danger
    /// as its material; no one reports anything by it, however fresh the words sound ("爆了").
    /// </summary>
    public static bool PlaysWithWords(string text) => WordGame().IsMatch(text) || (HasLatin(text) && WordGameInEnglish().IsMatch(text));

    /// <summary>
    /// "风水上厨房漏水代表破财吗", "蛇进屋是好是坏", "电梯停在十三楼的都市传说": a leak, a snake or a lift read as an omen,
    /// a dream or a legend asks what it means; it reports nothing.
    /// </summary>
    public static bool ReadsAnOmen(string text) => Omen().IsMatch(text);

    [GeneratedRegex("风水|解梦|梦见|梦到|这种梦|这个梦|周公|星座|算命|运势|犯太岁|生辰八字|塔罗|预兆|征兆|兆头|都市传说|是好是坏|吉不吉利|不吉利|吉利吗|迷信|寓意|破财|漏财|招财|辟邪|冲煞|阴宅|鬼故事|闹鬼")]
    private static partial Regex Omen();

    [GeneratedRegex("造句|看图写话|看图说话|口诀|过家家|手抄报|作文题|安全课作业|让孩子背|教孩子(背|说|认)|歇后语|谜语|谜底|谜面|脑筋急转弯|急转弯|海龟汤|绕口令|顺口溜|上联|下联|对对子|对个对子|(猜|打)一(个|种)?(字|物|成语|动物|用品|地名|水果)|下半句|上半句|接下一句|接龙")]
    private static partial Regex WordGame();

    [GeneratedRegex("\\b(riddles?|tongue twisters?|brain ?teasers?|knock[- ]knock|punchline)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordGameInEnglish();
}
