using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 101: water from the flat above turned dangerous — a ceiling sagging or falling with someone right under it
/// ("吊顶都变形了，往下坠着，我女儿就睡在下面", "顶要塌了娃在底下"), and water running out of a light or a bathroom heater that is still
/// on ("水直接从我家浴霸里流出来了，浴霸的灯还亮着").
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(天花板|天花|吊顶|屋顶|房顶|顶棚|顶上|顶)[^。.!！?？]{0,14}(往下掉|掉下来|掉了|要塌|塌了|塌下来|坠|往下坠|鼓起来|鼓包|变形)[^。.!！?？]{0,24}(宝宝|孩子|小孩|娃|女儿|儿子|老人|老婆|老公|爸|妈|人)[^，。,.!！?？]{0,6}(?<![不没])(在下面|就在下面|睡在下面|在底下|就在底下|在下边|正下方)|(要塌|塌了|往下坠|掉水泥块|往下掉水泥)[^。.!！?？]{0,6}(宝宝|孩子|小孩|娃|女儿|儿子|老人)[^，。,.!！?？]{0,4}(?<![不没])(在底下|在下面|就在下面|在下边)")]
    private static partial Regex CeilingComingDownOverSomeone();

    [GeneratedRegex("(水)[^。.!！?？]{0,10}(浴霸|吊灯|灯罩|灯座|灯里|灯管|吸顶灯|筒灯|开关|插座)(里|里面|里头)?(往下)?(流|滴|漏|淌|冒)(出来|下来)?[^。.!！?？]{0,16}(灯|浴霸|开关)[^，。,.!！?？]{0,3}(还亮着|还开着|还在亮|亮着|没关|通着电)")]
    private static partial Regex WaterThroughALiveFitting();
}
