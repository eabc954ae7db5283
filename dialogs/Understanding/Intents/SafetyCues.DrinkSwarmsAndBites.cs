using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 67's classes: someone drunk who no longer responds; a swarm come into a home; a bite or sting by any creature
/// (a pet spider, a lizard, a centipede) followed by swelling or numbness now; something burnt in a stairwell with the
/// smoke filling the floors; and (a neighbour's complaint) birds kept at home calling in the small hours.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>
    /// "老公喝了大半瓶白酒，吐完就躺地上，叫他只会哼哼", "我爸喝完酒…现在吐了，叫他不怎么应": drunk, and no longer answering
    /// (or hardly) or moving.
    /// </summary>
    [GeneratedRegex("(喝了[^。.!！?？]{0,8}(酒|白酒|啤酒|红酒|洋酒)|喝完(了)?[^，。,.!！?？]{0,4}酒|喝多了|喝醉了?|喝大了|醉得|醉倒|醉醺醺)(?=[^。.!！?？]{0,30}(叫不醒|喊不醒|叫不应|喊不应|拍不醒|只会哼|只哼|没(有)?(任何)?反应|不省人事|(叫|喊)(他|她)(也)?(不怎么|不太|没怎么|没太)(应|答应|回应|搭理|理人|有反应)|吐[^。.!！?？]{0,12}(一动不动|躺着不动|趴着不动|不动了)))")]
    private static partial Regex DrunkAndNotResponding();

    /// <summary>"一大群蜜蜂飞进客厅了，好几百只，孩子在房间里": a swarm come into a home, people inside.</summary>
    [GeneratedRegex("(蜂子|蜜蜂|马蜂|黄蜂|胡蜂|野蜂|蜂群|一群蜂|一窝蜂)[^。.!！?？]{0,6}(钻进|飞进|涌进|冲进|进了|进到|闯进)(了)?[^。.!！?？]{0,4}(家|屋|房间|客厅|卧室|厨房)(?=[^。.!！?？]{0,24}(几百只|上百只|好几百|好多只|一大群|成群|满屋|满屋子|到处都是|一屋子))")]
    private static partial Regex SwarmInsideTheHome();

    /// <summary>"养的蜥蜴咬了我儿子一口，手背肿得很快，说嘴巴麻": bitten or stung, the swelling or numbness coming on now.</summary>
    [GeneratedRegex("(蛇|蜘蛛|狼蛛|捕鸟蛛|蝎子|蜈蚣|蜥蜴|巨蜥|守宫|蜂|虫)[^。.!！?？]{0,12}(咬|蛰|蜇|叮|刺)(了|伤了?|到了?)[^。.!！?？]{0,20}(肿得(好|很|特别|越来越)?快|越来越肿|一下子肿|肿起来了|发麻|麻了|麻木|血止不住|喘不上气|呼吸困难|发抖|冒冷汗|头晕)")]
    private static partial Regex BittenAndSwellingNow();

    /// <summary>"有人在楼梯间烧纸，烟大得整层都是": something burnt in a stairwell or corridor, the smoke filling the floors.</summary>
    [GeneratedRegex("(楼道|走廊|楼梯间|楼梯口|楼梯|消防通道|电梯厅|电梯间)(里|里面|上|口)?[^。.!！?？]{0,6}(在)?烧(纸|衣服|旧衣服|东西|垃圾|纸钱|冥币|元宝|被子|杂物)(?=[^。.!！?？]{0,30}(烟(很|好|太|特别|非常)?大|烟大得|都是烟|全是烟|满是烟|呛得|都呛|好呛|呛死))")]
    private static partial Regex BurningInTheStairwellWithSmoke();

    /// <summary>"对门的公鸡又叫了，四点！", "鹦鹉凌晨五点就尖叫": birds kept at home calling in the small hours.</summary>
    [GeneratedRegex("(公鸡|鸡|鹦鹉|鸽子|八哥)[^。.!！?？]{0,6}(叫|打鸣|啼|尖叫|咕咕)[^。.!！?？]{0,8}(凌晨|半夜|天没亮|天还没亮|[三四五]点(?!半?[到至]))|(凌晨|半夜|天没亮|天还没亮|[三四五]点(钟)?)[^。.!！?？]{0,8}(公鸡|鸡|鹦鹉|鸽子|八哥)[^。.!！?？]{0,4}(就)?(开始)?(叫|打鸣|啼|尖叫)")]
    private static partial Regex KeptBirdsCallingInTheSmallHours();
}
