using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Chemicals on the body and machines that turn on people (rounds 76 and 77): an alkali or acid that blistered or burnt
/// the skin; a washing machine that shocked someone; a water heater or a gas cylinder that burst. (A drain cleaner drunk,
/// told by what it unblocks, widens DrankAPoison; a cleaning powder burst into the eyes widens ChemicalInAnEye.)
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"手上溅到强碱了，起了好几个泡，火辣辣地疼": a caustic chemical that blistered or burnt the skin.</summary>
    [GeneratedRegex("(溅|沾|泼|弄|洒|滴)(到|在|了)?[^。.!！?？]{0,6}(强碱|强酸|烧碱|火碱|硫酸|盐酸|碱水|疏通剂|通管粉|疏通粉|洁厕灵|漂白水|除垢剂)[^。.!！?？]{0,16}(起(了)?[^。.!！?？，,]{0,4}泡|水泡|烧伤|灼伤|火辣辣|脱皮|发白|溃烂)|(强碱|强酸|烧碱|火碱|硫酸|盐酸|疏通剂|通管粉|疏通粉)[^。.!！?？]{0,10}(溅|沾|泼|洒)[^。.!！?？]{0,12}(起(了)?[^。.!！?？，,]{0,4}泡|水泡|烧伤|灼伤|火辣辣|脱皮)")]
    private static partial Regex CausticOnTheSkin();

    /// <summary>"洗衣机漏电电到人了": an appliance that shocked someone.</summary>
    [GeneratedRegex("(洗衣机|烘干机|冰箱|热水器|电热水器|电器|机器|插座|插排|电线|晾衣架)[^。.!！?？]{0,8}漏电[^。.!！?？]{0,4}(电到|电着|打到|击到|电伤)(了)?(人|孩子|小孩|老人|我|她|他|我妈|我爸)")]
    private static partial Regex ApplianceShockedSomeone();

    /// <summary>"热水器炸了", "煤气罐爆了": a water heater or a pressure cooker that exploded (a heater that "爆了" is a burst tank,
    /// water), or a gas cylinder that burst.</summary>
    [GeneratedRegex("(热水器|燃气热水器|锅炉|高压锅|压力锅)(突然|刚才|刚刚)?(炸了|爆炸了|炸开了)|(煤气罐|液化气罐|气罐|燃气罐)(突然|刚才|刚刚)?(炸了|爆了|爆炸了|炸开了)")]
    private static partial Regex ApplianceBurst();
}
