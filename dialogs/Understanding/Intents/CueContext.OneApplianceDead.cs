using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>One appliance that stopped, told on its own: a repair to book, not a power cut to run to.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "抽油烟机突然不转了，按开关一点反应都没有，上面的灯也不亮了": one appliance dead — its own light out with it — and
    /// nothing of the home's power or water, smoke or burning, is no 10-minute repair; "冰箱不响了，灯也不亮" (the room's
    /// lights) and "没水了，洗衣机、热水器都用不了" are the power or the water.
    /// </summary>
    public static bool OneApplianceDead(string text) =>
        ApplianceDead().IsMatch(text) && !WholeHomePower().IsMatch(text) && !Flood().IsMatch(text);

    /// <summary>
    /// "排气扇的开关坏了", "洗衣机水龙头拧不动了": a small part of it at fault — the simple repair the model may read stands;
    /// "按开关一点反应都没有" only says how the owner found the appliance dead.
    /// </summary>
    public static bool NamesAPartOfTheAppliance(string text) => PartOfIt().IsMatch(text);

    [GeneratedRegex("(?<!按|按了|摁|摁了|打开|拨|按下)(开关|龙头|灯泡|灯管|插头|按钮|把手|门锁|锁芯|花洒)[^，,。.!！?？]{0,4}(坏|松|掉|断|失灵|不灵|按不下|按不动|卡住|卡死|裂|漏|滴|拧不动|关不紧|关不上|打不开|烧|换)|换(个|一个|一下|掉)?(水)?(开关|龙头|灯泡|灯管|插头|按钮|把手|门锁|锁芯|花洒)")]
    private static partial Regex PartOfIt();

    [GeneratedRegex("(抽油烟机|油烟机|吸油烟机|烟机|排气扇|换气扇|浴霸|微波炉|烤箱|电饭煲|电磁炉|冰箱|冰柜|洗碗机|消毒柜|电视|洗衣机|烘干机|干衣机|净水器|饮水机|晾衣机|电动晾衣架|风扇|吊扇)[^。.!！?？]{0,20}(不转|转不动|不亮|没反应|没有反应|不工作|不运转|开不了|开不开|打不开|启动不了|不启动|不出风|不制冷|没动静|罢工|坏了|不好使|用不了)")]
    private static partial Regex ApplianceDead();

    [GeneratedRegex("停电|断电|电停|停了电|跳闸|跳了闸|没电|没有电|总闸|电闸|空开|全屋|整个家|全家|家里的灯都|所有的?(灯|电器|插座)|(?<!上面的|它的|自带的|机器的|里面的|照明)灯(也|都)?(不亮|灭)|都不亮|都没反应|都用不了|都不能用|都不转|都停了|停水|断水|没水|没有水|水停|冒烟|火花|焦味|糊味|烧焦|着火|漏电|电到|麻手|触电|燃气|煤气|天然气")]
    private static partial Regex WholeHomePower();
}
