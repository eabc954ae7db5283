using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 36's classes, from festivals, new owners and night workers: something that has caught alight ("窗帘着了"); a
/// child who pushed a finger or a key into a socket; a door found open with someone maybe still inside.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"窗帘着了"; "暖风机着了！", "插排烧起来了": a furnishing, or a heater, charger or power strip, caught alight.</summary>
    [GeneratedRegex("(窗帘|被子|被褥|床单|衣服|晾的衣服|沙发|桌布|纸箱|杂物|垃圾|树|草|草坪|灌木|遮阳棚|雨棚|对联|灯笼)(被)?(烧)?着了(?!凉)|(暖风机|取暖器|电暖器|电暖气|小太阳|电热毯|插排|插线板|插座|充电器|充电宝|电池|电动车|电瓶车|电子烟|油锅)(又|突然|一下)?(着了|烧着了|着火了|烧起来了|着起来了)")]
    private static partial Regex SomethingCaughtAlight();

    [GeneratedRegex("(小孩|孩子|宝宝|女儿|儿子|娃|小朋友)(?:(?!老想|总想|老是想|喜欢|老爱|总爱|爱把|会不会|怕|万一|防止|以免)[^。.!！?？]){0,12}(塞进|插进|伸进|捅进|戳进|放进)(?=[^。.!！?？]{0,10}插座)")]
    private static partial Regex ChildAtALiveSocket();

    [GeneratedRegex("(家门|房门|大门|门)[^。.!！?？]{0,4}(是)?(开着|被撬|被打开|虚掩着|没锁)(?=[^。.!！?？]{0,30}(有动静|有声音|有人|还在里面|不敢进))")]
    private static partial Regex DoorFoundOpenSomeoneInside();
}
