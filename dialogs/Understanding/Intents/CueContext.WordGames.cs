using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>Riddles, xiehouyu, couplets and tongue twisters: alarm words played with, not reported.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "水管子爆了 下半句是啥 我记得有个歇后语", "海龟汤：一个人在沙漠里死了", "上联 火烧眉毛": a word game names the danger
    /// as its material; no one reports anything by it, however fresh the words sound ("爆了").
    /// </summary>
    public static bool PlaysWithWords(string text) => WordGame().IsMatch(text) || (HasLatin(text) && WordGameInEnglish().IsMatch(text));

    [GeneratedRegex("歇后语|谜语|谜底|谜面|脑筋急转弯|急转弯|海龟汤|绕口令|顺口溜|上联|下联|对对子|对个对子|(猜|打)一(个|种)?(字|物|成语|动物|用品|地名|水果)|下半句|上半句|接下一句|接龙")]
    private static partial Regex WordGame();

    [GeneratedRegex("\\b(riddles?|tongue twisters?|brain ?teasers?|knock[- ]knock|punchline)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordGameInEnglish();
}
