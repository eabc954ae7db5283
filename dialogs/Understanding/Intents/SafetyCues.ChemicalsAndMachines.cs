using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Harm from cleaning chemicals, poisons and machines told without alarm words (round 41): a poison or cleaner
/// swallowed in a "把" sentence ("孩子把蟑螂药吃了"), a chemical splashed into an eye, fumes that leave people struggling
/// to breathe or several people sick, lips gone blue, a hand or hair pulled into a machine, and a scream for help or a
/// beating heard, in English. Each is read in its context by <see cref="CueContext"/> like every other cue.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"我孩子把蟑螂药吃了", "老人把洁厕灵当水喝了", "宝宝把洗衣凝珠咬破了": something harmful swallowed or bitten open, told with 把.</summary>
    [GeneratedRegex("把[^，。,.!！?？]{0,6}(纽扣电池|电池|磁珠|洗衣液|洗衣凝珠|凝珠|洗洁精|消毒液|消毒水|84|洁厕|漂白|农药|老鼠药|鼠药|杀虫剂|杀虫粉|蟑螂药|曱甴药|灭蟑|灭鼠|灭蚁|蚂蚁药|干燥剂|樟脑丸|疏通剂|清洁剂|除甲醛|甲醛|汽油|安眠药)[^，。,.!！?？]{0,8}(吃|喝|吞|舔|咬)(了|下去|进去|掉|破|开)")]
    private static partial Regex SwallowedWithBa();

    /// <summary>"疏通剂溅到眼睛里了，睁不开", "通管粉一遇水炸开溅了她一脸，眼睛睁不开了": a chemical in an eye now.</summary>
    [GeneratedRegex("(疏通剂|清洁剂|消毒液|消毒水|84|洁厕|漂白|石灰|水泥|药水|油漆|除垢剂|硫酸|盐酸|烧碱|碱水|强酸|洗涤剂|杀虫剂)[^。.!！?？]{0,16}(溅|喷|弄|进|飞|崩)(到|进|入)?(了)?(眼睛|眼里|眼)(?![^。.!！?？]{0,6}(怎么办|怎么处理|如何|咋办)[？?]?$)|(疏通剂|通管粉|疏通粉|管道疏通|清洁剂|消毒液|84|洁厕|漂白|烧碱|火碱|强碱|石灰|除垢剂)[^。.!！?？]{0,16}(溅|喷|崩|炸)[^。.!！?？]{0,8}(眼睛|眼里)[^。.!！?？]{0,6}(睁不开|看不见|疼|辣)")]
    private static partial Regex ChemicalInAnEye();

    /// <summary>"味道大得我们都喘不上气", "喷了药水，现在有两个人头晕想吐": fumes that leave people breathless, or several people sick.</summary>
    [GeneratedRegex("(药水|药味|喷了|喷的|消毒|杀虫|清洁剂|除甲醛|甲醛|油漆|化学|气味|味道|熏)[^。.!！?？]{0,24}((我们|大家|孩子|老人|人|他|她|我)(都)?(快)?(喘不上气|喘不过气|透不过气|呼吸困难|晕倒|晕过去)|(两个人|几个人|好几个人|有人|工人|保洁|孩子|老人|大家)(都)?(在)?[^。.!！?？]{0,4}(头晕|想吐|呕吐|吐了))")]
    private static partial Regex FumesMakingPeopleIll();

    /// <summary>"一直咳，嘴唇都发紫了": lips gone blue or purple.</summary>
    [GeneratedRegex("嘴唇(都|有点|已经|开始)?(发紫|发青|发乌|紫了|青了|乌了)")]
    private static partial Regex LipsGoneBlue();

    /// <summary>"机器把工人的手卷进去了", "头发被风扇绞住了": a hand, limb or hair pulled into a machine.</summary>
    [GeneratedRegex("(手|手指|胳膊|手臂|腿|脚|头发|衣服|袖子)[^，。,.!！?？]{0,3}(被)?[^，。,.!！?？]{0,4}(卷|绞|轧|吸)(进去|进|住|到)(了)?(?<=(机器|压缩|传送|卷帘门|滚筒|搅拌|风扇|碎纸机|绞肉机|车|压缩机|门)[^。.!！?？]{0,16}(卷|绞|轧|吸)(进去|进|住|到)(了)?)")]
    private static partial Regex CaughtInAMachine();

    /// <summary>"someone is screaming for help in 2-1502, sounds like she is being beaten".</summary>
    [GeneratedRegex("\\b(screaming|shouting|yelling|crying|calling) for help\\b|\\b(is|are|being|getting) (beaten|attacked|strangled|stabbed|choked) (up )?(right )?(now|in|at|next door|upstairs|downstairs)?|\\bsounds like (she|he|someone)('s| is) being (beaten|hit|attacked|hurt)", RegexOptions.IgnoreCase)]
    private static partial Regex CryForHelpInEnglish();
}
