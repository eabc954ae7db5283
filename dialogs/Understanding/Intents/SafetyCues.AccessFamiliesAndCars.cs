using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 35's classes, from gates, doors and keys, families writing for elders, and the garage: someone working a key
/// in the writer's own lock now; a finger or a toe cut off or crushed by a door; someone held by a lift door that will
/// not open again; a gate system down with people stuck on both sides; a fire exit chained or locked shut; a steel
/// plate or a drain cover sticking up on a road cars use. Round 37's, from health at home and the building's systems: an
/// asthma attack the inhaler does not stop; a transformer box or a control cabinet that is scorching hot, smells burnt or
/// sparks; water sprayed or risen onto live switchgear or a charging post; water running down a light that is still on.
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(有人|陌生人|有个男的|有个人|外面的人)[^。.!！?？]{0,6}(拿|用)(着)?(钥匙|卡)[^。.!！?？]{0,4}(开|拧|捅|转)[^。.!！?？]{0,4}(我家|我们家|家里|我)?(的)?(门|锁)(?=[^。.!！?？]{0,30}(现在|还在|一个人|没给过|不是我|不认识|害怕|不敢|吓))")]
    private static partial Regex SomeoneWorkingAKeyInTheLock();

    [GeneratedRegex("(夹断|压断|切断|砸断|轧断|削掉|夹掉)[^，。,.!！?？]{0,3}(手指|指头|手指头|脚趾|手)|(手指|指头|手指头|脚趾)[^，。,.!！?？]{0,6}(夹断|压断|切断|砸断|轧断|断了|夹掉|掉了一截)")]
    private static partial Regex FingerCutOff();

    [GeneratedRegex("被(电梯|梯|轿厢)门(夹住|夹在|卡住|卡在|夹着)(了)?[^。.!！?？]{0,8}(门)?(一直|还|都)?(不开|打不开|开不了|出不来|弹不开|松不开)")]
    private static partial Regex HeldByALiftDoor();

    [GeneratedRegex("(门禁|大门|单元门|闸机|道闸|人行闸|门)[^。.!！?？]{0,20}((出不去|出不来)[^。.!！?？]{0,6}(进不来|进不去)|(进不来|进不去)[^。.!！?？]{0,6}(出不去|出不来))")]
    private static partial Regex StuckOnBothSidesOfAGate();

    [GeneratedRegex("(防火门|消防门|消防通道|安全出口|疏散门|逃生通道|逃生门|楼梯间(的)?门)[^。.!！?？]{0,8}(锁住|锁死|上锁|被锁|锁上|铁链|链子|堵死|封死|焊死)")]
    private static partial Regex FireExitLockedShut();

    [GeneratedRegex("(减速带|减速板|钢板|盖板|井盖|地面钢板)[^。.!！?？]{0,6}(翘起来|翘起|掀起来|翻起来|拱起来|竖起来)")]
    private static partial Regex PlateSticksUpOnARoad();

    [GeneratedRegex("(窗帘|被子|被褥|床单|衣服|晾的衣服|沙发|桌布|纸箱|杂物|垃圾|树|草|草坪|灌木|遮阳棚|雨棚|对联|灯笼)(被)?(烧)?着了(?!凉)")]
    private static partial Regex SomethingCaughtAlight();

    [GeneratedRegex("(小孩|孩子|宝宝|女儿|儿子|娃|小朋友)[^。.!！?？]{0,12}(塞进|插进|伸进|捅进|戳进|放进)(?=[^。.!！?？]{0,10}插座)")]
    private static partial Regex ChildAtALiveSocket();

    [GeneratedRegex("(家门|房门|大门|门)[^。.!！?？]{0,4}(是)?(开着|被撬|被打开|虚掩着|没锁)(?=[^。.!！?？]{0,30}(有动静|有声音|有人|还在里面|不敢进))")]
    private static partial Regex DoorFoundOpenSomeoneInside();

    [GeneratedRegex("(哮喘|气喘)[^。.!！?？]{0,4}(发作|犯了|又犯)(?=[^。.!！?？]{0,24}(没用|不管用|说不出话|喘不上|喘不过|嘴唇|憋))")]
    private static partial Regex AsthmaNotStopping();

    [GeneratedRegex("(箱变|变压器|变电箱|配电柜|控制柜|开关柜|电柜|配电房)[^。.!！?？]{0,24}(焦糊味|烧焦|糊味|冒烟|烫手|打火|冒火花|火花|噼啪|啪啪)")]
    private static partial Regex SwitchgearBurning();

    [GeneratedRegex("((水|积水|喷淋|喷头|水管)[^。.!！?？]{0,12}(冲|喷|浇|淹|泡|漫|流)[^。.!！?？]{0,6}(配电柜|控制柜|开关柜|电柜|充电桩|配电箱)|水[^。.!！?？]{0,8}(往|朝|对着)(配电柜|控制柜|开关柜|电柜|充电桩|配电箱)(上|里)?(冲|喷|浇|流))(?=[^。.!！?？]{0,30}(带电|带着电|通电|通着电|有电|打火|火花|啪啪|噼啪|有人|蹚水|趟水))")]
    private static partial Regex WaterOnLiveSwitchgear();

    [GeneratedRegex("(吊灯|灯|灯座|灯罩|筒灯|开关)[^。.!！?？]{0,6}(往下|里)?(流水|滴水|淌水|进水|流下来|滴下来)(?=[^。.!！?？]{0,16}(开着|亮着|通着电|滋滋|噼啪|冒火花|打火))|(水)[^。.!！?？]{0,4}顺着[^。.!！?？]{0,6}(吊灯|灯|灯座|筒灯)[^。.!！?？]{0,8}(往下|流)(?=[^。.!！?？]{0,16}(开着|亮着|滋滋|噼啪|冒火花|打火))")]
    private static partial Regex WaterDownALiveLight();

    [GeneratedRegex("(蛇|毒蛇)[^，。,.!！?？]{0,4}(进屋|进家|进了屋|进了家|爬进(屋|家|房间|卧室)|钻进(屋|家|房间|卧室)|在(我)?家里|在屋里|在床上|在卧室)")]
    private static partial Regex SnakeIndoors();
}
