using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 35's classes, from gates, doors and keys, families writing for elders, and the garage: someone working a key
/// in the writer's own lock now; a finger or a toe cut off or crushed by a door; someone held by a lift door that will
/// not open again; a gate system down with people stuck on both sides; a fire exit chained or locked shut; a steel
/// plate or a drain cover sticking up on a road cars use.
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
}
