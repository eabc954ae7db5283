using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 37's classes, from health at home and the building's systems: an asthma attack the inhaler does not stop; a
/// transformer box or a control cabinet scorching hot, smelling burnt or sparking; water sprayed or risen onto live
/// switchgear or a charging post; water running down a light that is still on; a snake indoors.
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(哮喘|气喘)[^。.!！?？]{0,4}(发作|犯了|又犯)(?=[^。.!！?？]{0,24}(没用|不管用|说不出话|喘不上|喘不过|嘴唇|憋))")]
    private static partial Regex AsthmaNotStopping();

    [GeneratedRegex("(箱变|变压器|变电箱|配电柜|控制柜|开关柜|电柜|配电房)[^。.!！?？]{0,24}(焦糊味|烧焦|糊味|冒烟|烫手|打火|冒火花|火花|噼啪|啪啪|噼里啪啦|闪光|闪火)")]
    private static partial Regex SwitchgearBurning();

    [GeneratedRegex("((水|积水|喷淋|喷头|水管)[^。.!！?？]{0,12}(冲|喷|浇|淹|泡|漫|流)[^。.!！?？]{0,6}(配电柜|控制柜|开关柜|电柜|充电桩|配电箱)|水[^。.!！?？]{0,8}(往|朝|对着)(配电柜|控制柜|开关柜|电柜|充电桩|配电箱)(上|里)?(冲|喷|浇|流))(?=[^。.!！?？]{0,30}(带电|带着电|通电|通着电|有电|打火|火花|啪啪|噼啪|有人|蹚水|趟水))")]
    private static partial Regex WaterOnLiveSwitchgear();

    [GeneratedRegex("(吊灯|灯|灯座|灯罩|筒灯|开关)[^。.!！?？]{0,6}(往下|里)?(流水|滴水|淌水|进水|流下来|滴下来)(?=[^。.!！?？]{0,16}(开着|亮着|通着电|滋滋|噼啪|冒火花|打火))|(水)[^。.!！?？]{0,4}顺着[^。.!！?？]{0,6}(吊灯|灯|灯座|筒灯)[^。.!！?？]{0,8}(往下|流)(?=[^。.!！?？]{0,16}(开着|亮着|滋滋|噼啪|冒火花|打火))")]
    private static partial Regex WaterDownALiveLight();

    [GeneratedRegex("(蛇|毒蛇)[^，。,.!！?？]{0,4}(进屋|进家|进了屋|进了家|爬进(屋|家|房间|卧室)|钻进(屋|家|房间|卧室)|在(我)?家里|在屋里|在床上|在卧室)")]
    private static partial Regex SnakeIndoors();
}
