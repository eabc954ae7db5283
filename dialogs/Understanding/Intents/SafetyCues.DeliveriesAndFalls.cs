using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Deliveries, visitors and things that fall (round 23): someone run down by a vehicle, lying on the ground, slumped
/// and silent, glass or tiles flying down where people walk.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"送家具的货车倒车把保安撞了": a vehicle has run someone down.</summary>
    [GeneratedRegex("(车|货车|卡车|面包车|轿车|电动车|三轮车|叉车|电瓶车|摩托)[^，。,.!！?？]{0,8}[，,]?把[^，。,.!！?？]{1,6}(撞了|撞倒|撞飞|撞伤|轧了|轧到|碾了|压了)")]
    private static partial Regex RunDownByAVehicle();

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
