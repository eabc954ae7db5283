using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 66's classes: a wall, a tree or a pole giving way towards people who are there now; pest poison that got
/// into food someone has eaten; a loose roof sheet or sign swinging over people passing below; and (urgent repair) the
/// power gone at home said the other way round; something come down from a height that nearly hit someone.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"围墙裂口越来越大，感觉马上要倒，那边正是孩子放学走的路", "大树根断了，正在往游乐场那边歪，小孩还在下面玩".</summary>
    [GeneratedRegex("(围墙|墙体|挡土墙|墙|大树|树|电线杆|路灯杆|塔吊|吊臂|广告牌|脚手架)[^。.!！?？]{0,24}(正在往[^。.!！?？，,]{0,8}(歪|倒|倾斜)|往[^。.!！?？，,]{0,8}那边(歪|倒)|马上要倒|快要倒|随时(会|要)倒|要塌了|快塌了|裂(口|缝)[^。.!！?？，,]{0,4}(变宽|变大|越来越大|越裂越大))(?=[^。.!！?？]{0,30}(小孩|孩子|学生|行人|有人|好多人|很多人|人)[^。.!！?？，,]{0,8}(还在|正在|在下面|在玩|走的路|放学|上学|经过|路过|来来往往|排队))")]
    private static partial Regex GivingWayTowardsPeople();

    /// <summary>"蟑螂药撒进了锅里，奶奶吃了一碗", "老鼠药混进饭里，孩子吃了": pest poison in food that has been eaten.</summary>
    [GeneratedRegex("(老鼠药|鼠药|灭鼠药|杀虫剂|杀虫粉|蟑螂药|曱甴药|灭蚁|蚂蚁药|农药|消毒液|洁厕灵)[^。.!！?？]{0,10}(撒|掉|混|倒|落|拌)[^。.!！?？]{0,10}(粥|饭|菜|汤|锅|煲|奶|水|碗|饮料)[^。!?！？]{0,20}(吃了|食了|喝了|饮了|吃下去|喝下去)")]
    private static partial Regex PestPoisonInFoodEaten();

    /// <summary>"天台的铁皮屋顶被风掀起来了，整块在晃，下面商铺门口好多人走过": something loose overhead with people passing below now.</summary>
    [GeneratedRegex("(铁皮|彩钢瓦|彩钢板|屋顶|顶棚|雨棚|广告牌|招牌|灯箱|外墙砖|玻璃)[^。.!！?？]{0,10}(吹起|掀起|翘起|被风吹|松了|在晃|晃来晃去|摇摇欲坠)[^。.!！?？]{0,12}(?=[^。.!！?？]{0,16}(下面|底下|门口|楼下)[^。.!！?？]{0,8}(好多人|很多人|一堆人|人来人往|不少人|有人|人|小孩)[^。.!！?？，,]{0,3}(行过|走过|经过|路过|在走|在玩|排队|进进出出))")]
    private static partial Regex LooseOverheadOverPeople();

    /// <summary>"電停了", "电表箱那里跳了": the power gone at home, said the other way round or by the box that tripped.</summary>
    [GeneratedRegex("(?<![没不充水])电停了|(电表箱|电箱|配电箱|电闸|总闸|空开|漏保)[^，。,.!！?？]{0,4}跳了")]
    private static partial Regex PowerGoneAtHome();

    /// <summary>"外墙瓷砖掉了一块下来，旁边送外卖的差一点就被砸到": something has come down from a height and nearly hit someone.</summary>
    [GeneratedRegex("(瓷砖|外墙砖|墙砖|墙皮|玻璃|花盆|石块|水泥块|砖头|砖|窗框|空调外机|广告牌)[^。.!！?？]{0,16}(掉|砸|落|坠)[^。.!！?？]{0,20}(差一点|差点|险些)(就)?(被)?(砸到|砸中|砸在)")]
    private static partial Regex FellNearlyHittingSomeone();
}
