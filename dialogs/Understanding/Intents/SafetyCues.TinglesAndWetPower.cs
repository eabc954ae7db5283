using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Rounds 85 and 86's class: electricity where people touch it wet — a tingle felt from a machine, a button or a switch
/// plate with water about ("洗衣机一摸就麻，地上还有水", "按钮上全是水，按下去电麻手", "电线管进水了…开关面板摸着有点麻"), cars
/// still plugged in to chargers standing in water, a power room with a burning smell; and someone on a roof ledge about
/// to jump, told in English. Static in dry winter (静电), 麻烦 and 麻将 are not tingles.
/// </summary>
internal static partial class SafetyCues
{
    private const string Tingle = "((?<!静)电麻|麻手|(一摸|一碰|一按|摸着|摸上去|碰着|碰到|按着)(就|都|会|还|有点|有些|还有点)?(发)?麻(?![烦将辣酱油雀婆花])|(?<!静)电了一下|被电了|(?<!静)电到(了)?(我|手|人)|(?<!静)漏电(?!商|保护|开关|器))";

    [GeneratedRegex(Tingle + "[^。.!！?？]{0,20}(水|湿|潮)|(水|湿|潮)[^。.!！?？]{0,20}" + Tingle)]
    private static partial Regex TingleWithWaterAbout();

    [GeneratedRegex("(?<=(积水|水)[^。.!！?？]{0,20})(还|都|正)?(插着(枪|充电枪|线|电)|在充电|充着电)|(插着(枪|充电枪)|在充电|充着电)[^。.!！?？]{0,20}(积水|水里|泡在水|水没过|淹)")]
    private static partial Regex PluggedInStandingInWater();

    [GeneratedRegex("(配电房|配电室|配电间|电房|变电房|变电箱|变压器|配电柜|配电箱|电表箱)[^。.!！?？]{0,24}(焦味|糊味|烧焦|焦糊|烧塑料|冒烟)")]
    private static partial Regex PowerRoomSmellingBurnt();

    [GeneratedRegex(@"\b(wants?|going|about|trying|threaten(s|ing)?)( like he's| like she's)? to jump\b(?! (on|in|into|around|up|over|rope|the (queue|line)))|\b(sitting|standing|climbing|climbed) (on|onto|over) the (roof )?(ledge|edge|railing|parapet)\b|\bon the edge of the roof\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutToJumpInEnglish();
}
