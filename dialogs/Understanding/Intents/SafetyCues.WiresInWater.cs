using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 48's class: a live wire or cable fallen into water where people can touch it — a pond, a pool, a fountain,
/// standing water, a bucket or a bath ("喷泉那根电线掉到池塘水里了", "水池里掉进去一根电线") — is an emergency; so is something
/// heavy coming down now with people under it ("大树裂了一半，正往下压，底下还有人在走"); a heart that stopped, or chest
/// compressions under way and a defibrillator asked for ("有人心脏骤停，正在按压，有没有AED").
/// </summary>
internal static partial class SafetyCues
{
    private const string Wire = "(电线|电缆|电源线|线头|灯带|插线板|拖线板|排插|插排|水泵的线|泵的线|灯的线)";

    private const string Water = "(池塘|水池|喷泉|泳池|鱼池|水景|积水|水坑|水里|水中|水桶|浴缸|河里|湖里)";

    [GeneratedRegex(Wire + "[^，。,.!！?？]{0,8}(掉|落|泡|浸|垂|拖|耷拉|断)(到|进|在|了)?[^，。,.!！?？]{0,6}" + Water
        + "|" + Water + "[^，。,.!！?？]{0,4}(里)?(掉进去|掉进|掉了|落了|泡着|漂着|有)(一根|根|一条|条)?[^，。,.!！?？]{0,4}" + Wire)]
    private static partial Regex LiveWireInWater();

    [GeneratedRegex("(正往下压|正在往下压|往下压了|正往下倒|往下倒|正在倒|要倒下来|快倒下来|压下来了|倒下来了|往下塌|正在塌)[^。.!！?？]{0,10}(底下|下面|下边|树下|旁边)(还|就|都)?(有人|站着人|人在|全是人|好多人|有小孩|有老人|有车和人)")]
    private static partial Regex ComingDownOnPeople();

    [GeneratedRegex("(?<!预防|如何|怎么|什么是|什么叫)(心脏骤停|心跳骤停|心跳停了|没有心跳了|没心跳了|心跳没了)(?!的(原因|症状|急救知识|培训))|(正在|在)(做)?(胸外)?按压|(有没有|哪里有|哪有|快拿|快去拿|赶紧拿)[^，。,.!！?？]{0,3}(AED|除颤仪|除颤器)", RegexOptions.IgnoreCase)]
    private static partial Regex HeartStoppedNow();
}
