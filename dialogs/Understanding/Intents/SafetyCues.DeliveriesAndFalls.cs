using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Deliveries, visitors and things that fall (round 23): someone run down or pinned by a vehicle, lying on the ground,
/// slumped and silent, glass or tiles flying down where people walk; and from a moving day (round 75) a vehicle rolling
/// towards people with nobody at the wheel, and someone caught in a loading platform.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"送家具的货车倒车把保安撞了", "…把一个保安夹在车和墙中间了": a vehicle has run someone down or pinned them.</summary>
    [GeneratedRegex("(车|货车|卡车|面包车|轿车|电动车|三轮车|叉车|电瓶车|摩托)[^，。,.!！?？]{0,8}[，,]?把[^，。,.!！?？]{1,6}(撞了|撞倒|撞飞|撞伤|轧了|轧到|碾了|压了|夹在|挤在|顶在|卡在)")]
    private static partial Regex RunDownByAVehicle();

    /// <summary>"货车往后溜了！！大门口好多小孩", "the moving truck is rolling down the ramp…people are walking there": a vehicle
    /// moving with nobody at the wheel towards people.</summary>
    [GeneratedRegex("(车|货车|卡车|面包车|搬家车)[^。.!！?？]{0,6}(往后溜|往下溜|溜车|溜了|自己(在)?(动|滑|往下滑|往后滑)|没人开(还)?在(动|滑|走))[^。.?？]{0,16}(人|小孩|孩子|小朋友|行人|老人)|\\b(truck|van|lorry|car|vehicle)\\b[^.!?]{0,12}\\b(is |started |keeps )?(rolling|sliding)( down| back| backwards| away)?\\b[^.!?]{0,50}\\b(people|children|kids|someone|pedestrians)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex VehicleRollingTowardsPeople();

    /// <summary>"卸货平台的升降板夹住一个人的手了，抽不出来": someone caught in machinery and unable to get free.</summary>
    [GeneratedRegex("(升降板|升降台|升降平台|卸货平台|液压板|尾板|卷帘门|传送带|机器|绞盘|电动门)[^。.!！?？]{0,6}(夹住|卡住|压住|夹到|压到)[^。.!！?？]{0,8}(手|脚|腿|胳膊|手指|人)[^。.!！?？]{0,10}(抽不出来|拔不出来|出不来|拿不出来|动不了|取不出来)")]
    private static partial Regex CaughtInMachinery();

    /// <summary>"人躺地上", "他倒在地上不动了": someone lying on the ground now (not a child's tantrum).</summary>
    [GeneratedRegex("(人|他|她)(还|就|已经)?(躺|倒)(在)?地上(了)?(?![^，。,.!！?？]{0,3}(打滚|耍赖|玩|哭闹))")]
    private static partial Regex LyingOnTheGround();

    /// <summary>"司机趴方向盘上没反应": slumped over and silent.</summary>
    [GeneratedRegex("趴(在)?[^，。,.!！?？]{0,5}(上)?(没反应|没有反应|不动了|一动不动|叫不醒|喊不醒)")]
    private static partial Regex SlumpedAndSilent();

    /// <summary>"碎玻璃往楼下飞，下面是主路，人很多": glass or tiles coming down where people are.</summary>
    [GeneratedRegex("(玻璃|碎玻璃|瓷砖|砖|窗户|花盆|招牌|广告牌|东西)[^。.!！?？]{0,8}往(楼)?下(飞|掉|砸|落)(?=[^。.!！?？]{0,16}(人|行人|小孩|孩子|路|门口))")]
    private static partial Regex FallingOntoPeople();
}
