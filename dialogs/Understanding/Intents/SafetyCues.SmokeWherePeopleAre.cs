using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Smoke where people are (round 96): smoke drifting up a stairwell or along a corridor, out of a neighbour's door or in
/// through a vent so thick the eyes sting, a wall hot to the touch in a corridor full of smoke, an alarm ringing with smoke
/// smelt, a fire asked about while the stairwell chokes — none of them a cigarette's or the cooking's. Read in its context
/// by <see cref="CueContext"/>.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>Cigarettes, cooking, fireworks, incense: the sources of everyday smoke (also read by <see cref="CueContext"/>).</summary>
    internal const string EverydaySmoke = "(抽烟|吸烟|烟头|二手烟|香烟|烟蒂|电子烟|油烟|炒菜|做饭|烧烤|烟花|鞭炮|蚊香|烧香|烧纸|(?i:cigarette|smoking|vap(e|ing)))";

    /// <summary>No cigarette, cooking or incense named anywhere before the match (checked at its end: only a match pays for the look back).</summary>
    private const string NoEverydaySmokeBefore = "(?<!" + EverydaySmoke + "[\\s\\S]*)";

    /// <summary>Nor anywhere after it.</summary>
    private const string NoEverydaySmokeAfter = "(?![\\s\\S]*" + EverydaySmoke + ")";

    /// <summary>"楼梯间飘烟", "走廊里在冒烟", "楼道里烟往上窜": smoke moving through the common parts.</summary>
    [GeneratedRegex("((楼道|走廊|楼梯间|楼梯口|楼梯|电梯厅|过道|消防通道)(里|里面|上)?[^，。,.!！?？]{0,4}(在)?(飘烟|冒烟|飘着烟|烟雾弥漫|烟往上(冒|窜|飘|涌)|有烟(往上|在)?(冒|飘|涌|窜)))" + NoEverydaySmokeBefore + NoEverydaySmokeAfter)]
    private static partial Regex SmokeMovingThroughThePassages();

    /// <summary>
    /// "门缝里往外冒烟", "好浓的烟味，好像是隔壁家门缝里出来的", "烟从我家通风口灌进来了，眼睛都睁不开": smoke out of a door or
    /// in through a vent, seen as smoke, smelt thick, or stinging.
    /// </summary>
    [GeneratedRegex("((门缝|门底下|门下面|通风口|排气口|风口|窗缝|管道井|电井)(里|里面)?[^，。,.!！?？]{0,4}(冒|飘|钻|涌|灌)(出来|进来)?(了)?(黑|白|浓)?烟(?!味)"
        + "|(好|很|特别|超|这么)浓的烟味?[^。.!！?？]{0,16}(门缝|门底下|门下面|通风口|排气口|风口|窗缝)(里|里面)?[^。.!！?？]{0,4}(出来|冒出来|飘出来|灌进来|冒进来|钻进来)"
        + "|烟(?!味)[^，。,.!！?？]{0,4}(从)?[^，。,.!！?？]{0,6}(门缝|门底下|通风口|排气口|风口|窗缝)(里|里面)?[^，。,.!！?？]{0,4}(灌|冒|涌|钻)(进来|出来)(了)?(?=[^。.!！?？]{0,16}(眼睛(都)?睁不开|呛|看不清|喘不(过|上)气|越来越(多|浓)|好浓|很浓)))" + NoEverydaySmokeBefore + NoEverydaySmokeAfter)]
    private static partial Regex SmokeThroughADoorOrAVent();

    /// <summary>"走廊里看不清了，墙摸起来是热的": a corridor full of smoke with a wall or door hot to the touch.</summary>
    [GeneratedRegex("(走廊|楼道|楼梯间|过道|电梯厅)(里)?[^，。,.!！?？]{0,4}(看不清|看不见|全是烟|都是烟)[^。.!！?？]{0,16}(墙|门)[^。.!！?？]{0,6}(热|烫)")]
    private static partial Regex HotWallInTheSmoke();

    /// <summary>"fire alarm一直响，楼道有烟味，我们要下楼吗": an alarm ringing with smoke smelt where people are.</summary>
    [GeneratedRegex("(((?i:fire alarm)|火警铃?|警铃|警报|烟感)[^，。,.!！?？]{0,6}(一直|还在|在|狂)?(响|叫)[^。.!！?？]{0,16}(楼道|走廊|楼梯间|楼梯|家里|屋里|门外|过道)(里)?[^，。,.!！?？]{0,4}(有|全是|都是)?(烟味|烟))" + NoEverydaySmokeBefore + NoEverydaySmokeAfter)]
    private static partial Regex AlarmRingingWithSmoke();

    /// <summary>"著火了嗎？樓梯間好嗆": a stairwell that chokes, with a fire asked about before it (the match is the choking).</summary>
    [GeneratedRegex("(?<=(着火|著火|起火|失火|烧起来)(了)?((吗|嘛|么|没)[?？，,\\s]{0,3}|[?？]\\s*)[^。.!！]{0,8})(楼梯间|楼道|走廊|家里|屋里|电梯厅|过道)[^，。,]{0,4}(好|很|太|特别|有点)呛")]
    private static partial Regex FireAskedWhileChoking();
}
