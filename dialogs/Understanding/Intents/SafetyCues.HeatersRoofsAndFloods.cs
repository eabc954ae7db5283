using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 52's classes, all emergencies: a tingle of electricity from the shower, the tap or the heater ("手碰到花洒那根金属管子
/// 麻了一下"); a heater tank bulging and hissing; someone who fainted and now speaks unclearly or cannot be woken; someone
/// sitting or stuck on a roof edge, a parapet or a sloping roof; water up to the waist or chest with people in it; a child
/// beaten and screaming next door. After round 53: a child caught in a vehicle's door while it moves.
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(洗澡|淋浴|花洒|水龙头|龙头|水管|金属管|热水器|浴缸|浴室|洗手)[^。.!！?？]{0,16}(麻了一下|麻手|麻麻的|有点麻|还在麻|电了一下|被电了|电到(了|我)|漏电|露电)|(麻了一下|麻手|电了一下|被电了)[^。.!！?？]{0,12}(花洒|水龙头|龙头|水管|热水器|洗澡|淋浴)")]
    private static partial Regex TingleFromTheWater();

    [GeneratedRegex("(热水器|水箱|储水罐|内胆|锅炉|壁挂炉)[^。.!！?？]{0,8}(鼓起来|鼓包|鼓了|变形|胀起来)[^。.!！?？]{0,12}(嘶嘶|滋滋|呲呲|响|漏气|冒气|冒汽)")]
    private static partial Regex HeaterTankBulging();

    [GeneratedRegex("(晕了|晕倒|昏倒|晕过去|昏过去|摔倒)[^。.!！?？]{0,16}(说话不太清楚|说话不清|口齿不清|说不清话|叫不醒|叫不应|认不出人)")]
    private static partial Regex FaintedAndNotRight();

    [GeneratedRegex("(坐在|站在|爬上|爬到|趴在|骑在|卡在)[^，。,.!！?？]{0,8}(女儿墙|楼顶边|天台边|屋顶|房顶|屋檐|楼顶的边|楼顶边缘)[^。.!！?？]{0,16}(晃来晃去|在晃|下不来|往下滑|腿悬|悬在外面|最边上)")]
    private static partial Regex OnARoofEdge();

    /// <summary>"水漫到腰了，老人还在里面", "水已经到大腿了，我婆婆坐轮椅出不去": flood water up to the body with people in it.</summary>
    [GeneratedRegex("(水)[^，。,.!！?？]{0,6}(漫到|淹到|淹过|没到|没过|到了|到)(了)?(腰|胸|胸口|脖子|大腿)[^。.!！?？]{0,20}(人|老人|小孩|孩子|站着|困着|出不来|出不去|走不了|轮椅)")]
    private static partial Regex WaterUpToTheWaistWithPeople();

    [GeneratedRegex("(在打孩子|打小孩|打孩子|打老婆|打老人|打人)[^。.!！?？]{0,20}(尖叫|惨叫|哭喊|一直哭|求救|喊救命)")]
    private static partial Regex BeatingHeardNow();

    [GeneratedRegex("(夹住|卡住|挂住|勾住)(了)?[^。.!！?？]{0,4}(小孩|孩子|小朋友|学生|老人|人)[^。.!！?？]{0,8}(车在往前开|车还在开|车开走了|车在开|被拖着)")]
    private static partial Regex DraggedByAVehicle();
}
