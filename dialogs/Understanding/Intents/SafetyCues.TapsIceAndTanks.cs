using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 89's class: water and cold that hurt now — a scald from the tap or the shower that raised blisters, tap water
/// that burns the mouth and throat, a child fallen through ice into a pond, a child climbing on a roof tank with no
/// railing, and electricity in water that crackles with sparks ("啪啪响 and 有火花").
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(烫|滚烫|开水|热水)[^。.!！?？]{0,24}(起泡|起了泡|起满泡|起了水泡|起水泡|水泡|脱皮)")]
    private static partial Regex ScaldBlistering();

    [GeneratedRegex("(喝了|喝过|喝下|喝完)[^。.!！?？]{0,12}(水|自来水)[^。.!！?？]{0,16}(嘴(巴)?(发麻|麻了|烧)|喉咙(烧|灼|火辣辣)|上吐下泻|吐了|呕吐|头晕)")]
    private static partial Regex TapWaterBurnsTheThroat();

    [GeneratedRegex("冰(面)?(裂|破|塌)[^。.!！?？]{0,12}(掉|跌|落)(进|下|到)|(掉|跌|落)(进|到)(了)?冰(窟窿|水|里)")]
    private static partial Regex FallenThroughIce();

    [GeneratedRegex("(小孩|孩子|小朋友|儿童)[^。.!！?？]{0,10}(天台|楼顶|屋顶|水箱)[^。.!！?？]{0,8}(爬|站|坐|玩)(?=[^。.!！?？]{0,16}(没(有)?(栏杆|护栏)|边上|边缘|快掉))")]
    private static partial Regex ChildOnTheRoofEdge();

    [GeneratedRegex("(啪啪响|噼啪|噼里啪啦|滋滋响|嗞嗞响)[^。.!！?？]{0,10}(有|冒|打)?火花")]
    private static partial Regex CracklingSparks();
}
