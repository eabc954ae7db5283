using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// What cleaning and smouldering do to people: a face or lips turning purple, a chemical splashed into someone's eyes, a
/// carpet or a sofa smoking, a pane fallen with the rest still swinging over people, and 着火 typed as 着活.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"有个老太太脸都紫了", "嘴唇发紫": a face or lips turning purple — not getting air.</summary>
    [GeneratedRegex("(脸|嘴唇|嘴|脸色)(都|已经|有点|开始)?(发紫|紫了|青紫|发青|憋紫|憋青)(?![^，。,.!！?？]{0,4}(冻|冷))")]
    private static partial Regex TurningPurple();

    /// <summary>"保洁大姐眼睛溅到清洁剂了…说看不见东西", "杀虫剂喷到孩子眼睛里了", "用通渠剂的时候溅进眼睛里了": a cleaning chemical or insecticide in someone's eyes.</summary>
    [GeneratedRegex("(眼睛|眼里|眼睛里)[^，。,.!！?？]{0,4}(溅|进|喷|弄)(到|进|了)?[^，。,.!！?？]{0,6}(清洁剂|消毒液|消毒水|84|漂白|洁厕|药水|化学|石灰|除垢|去污|清洗剂|溶剂)|(清洁剂|消毒液|消毒水|84|漂白水|洁厕灵|药水|石灰|杀虫剂|驱虫剂|通渠剂|疏通剂|管道疏通剂)[^，。,.!！?？]{0,6}(溅|进|喷)(到|进)?[^，。,.!！?？]{0,6}眼睛")]
    private static partial Regex ChemicalInTheEyes();

    /// <summary>"冒烟了冒烟了 大堂地毯上", "沙发被烟头烫得在冒烟": a carpet, sofa or bedding smouldering now (not
    /// someone 在沙发上睡着了, asleep on it).</summary>
    [GeneratedRegex("(地毯|沙发|被子|床垫|窗帘|纸箱|垃圾桶|垃圾袋)[^，。,.!！?？]{0,6}(在冒烟|冒烟了|冒火|烧起来|(?<!睡|睡不)着了)|(冒烟了|在冒烟)[^。.!！?？]{0,8}(地毯|沙发|被子|床垫|窗帘|纸箱|垃圾桶)")]
    private static partial Regex Smouldering();

    /// <summary>"掉了一块玻璃碎一地，上面还有半块挂着在晃，进进出出的人很多": a piece already fallen and the rest swinging over people.</summary>
    [GeneratedRegex("(掉了|掉下来|砸下来|碎)[^。.!！?？]{0,16}(还有|剩下|另外)[^。.!！?？]{0,6}(挂着|吊着|悬着|在晃|晃来晃去)[^。.!！?？]{0,16}(人|进出|经过|走过|小孩|孩子)")]
    private static partial Regex RestStillSwingingOverPeople();

    /// <summary>"楼道着活了！！": 着火 typed with its homophone (not "干着活了", doing work).</summary>
    [GeneratedRegex("(?<![干做在])着活了(?![^，。,.!！?？]{0,3}(吗|没))")]
    private static partial Regex FireTypedAsWork();
}
