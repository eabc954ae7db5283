using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Home broadband, the phone line, cable TV and mobile signal are the carriers' (the standard: billed and repaired by
/// their providers, inquiry.external): "家里wifi从昨晚就断了，光猫LOS灯一直闪", "電信寬頻可唔可以拉光纖入嚟".
/// </summary>
internal static partial class CueContext
{
    /// <summary>The message is about a carrier's line or service, and names none of the estate's own equipment.</summary>
    public static bool AboutACarriersLine(string text) => CarriersLine().IsMatch(text) && !EstatesOwnSystems().IsMatch(text);

    /// <summary>"这个不归物业管是吧", "找谁修", "打哪个电话": who deals with it.</summary>
    public static bool AsksWhoDealsWithIt(string text) => WhoDealsWithIt().IsMatch(text);

    [GeneratedRegex("归[^，。,.!！?？]{0,4}管|谁管|管不管|找谁|找边个|打哪个电话|打什么电话|哪个电话|打边个电话|(?i:who (do|should) i (call|contact)|whose (job|responsibility))")]
    private static partial Regex WhoDealsWithIt();

    [GeneratedRegex("宽带|寬頻|寬帶|光猫|光貓|光纤|光纖|断网|斷網|没网|沒網|上不了网|网都断|网也断|网络断|网络不通|路由器|wifi|wi-fi|有线电视|有線電視|电视信号|电视没信号|手机(没|没有)信号|(电信|移动|联通|電信|移動|聯通)的?(宽带|寬頻|网|光纤|师傅|装机|客服)|\\bbroadband\\b|\\binternet\\b|\\bfib(re|er)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex CarriersLine();

    [GeneratedRegex("网口|网线|墙里|广告|乱拉|拉线|物业修|公共wifi|公共网络|防护网|护栏网|纱网|门禁|門禁|电梯|電梯|对讲|對講|可视|监控|道闸|车闸|停车|智能锁|门锁|門鎖|小程序|app|公众号|缴费|物业费|着火|冒烟|火花|烧焦|漏电|触电|进水|漏水", RegexOptions.IgnoreCase)]
    private static partial Regex EstatesOwnSystems();
}
