using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 29's classes: sparks from a socket told as 冒火星子 (even when asked "要紧吗"), a burning smell told in English,
/// plant run loud in the hours of rest, a tap that gives only air, mahjong heard at midnight, a pet's mess in the lift
/// from a household the owner knows, and a drip from the air-conditioner upstairs.
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(插座|插头|插排|插线板|电线|开关|电闸|电表|配电箱|电箱)[^。.!！?？]{0,10}(冒火星|火星子|冒火花|打火花|在打火|噼啪冒)")]
    private static partial Regex SparksFromWiring();

    [GeneratedRegex("\\b(burning|electrical|burnt plastic|burning plastic|melting plastic) smell\\b|\\bsmell(s|ing)? (of|like) (something )?(burning|burnt|smoke|melting plastic)\\b|\\bsmells? (like )?something(?:'s| is)? burning\\b", RegexOptions.IgnoreCase)]
    private static partial Regex BurningSmellInEnglish();

    [GeneratedRegex("(?=[^。.!！?？]{0,20}(晚上(1[0-2]|十[一二]?|九|9)点|半夜|深夜|凌晨|夜里|夜晚))[^。.!！?？]{0,20}(发电机|水泵|(?<![新暖])风机|冷却塔|空调主机|变压器|排风机)[^。.!！?？]{0,8}(好吵|很吵|太吵|吵死|噪音|轰轰|嗡嗡|响个不停)")]
    private static partial Regex PlantLoudInRestHours();

    [GeneratedRegex("只出气不出水|(龙头|水龙头|花洒|水管)[^，。,.!！?？]{0,6}(不出水|一滴水都(不出|没有)|没水出来)")]
    private static partial Regex TapGivesNoWater();

    [GeneratedRegex("(半夜|深夜|凌晨|夜里|晚上(1[0-2]|十[一二]?)点)[^。.!！?？]{0,8}(麻将|搓麻|洗牌)|(麻将|搓麻|洗牌)(声)?[^。.!！?？]{0,8}(哗啦|噼里啪啦|吵|响)[^。.!！?？]{0,8}(半夜|深夜|凌晨|到两点|到三点|一晚上)|^(半夜|深夜|凌晨)(的)?麻将声")]
    private static partial Regex MahjongAtNight();

    [GeneratedRegex("(电梯|楼道|走廊|门口)[^。.!！?？]{0,6}(又|总是|天天)?(有)?(狗尿|狗屎|猫屎|猫尿|狗粑粑)(?=[^。.!！?？]{0,20}(哪家|那家|\\d{1,2}楼|\\d{3,4}|泰迪|金毛|柯基|那只))")]
    private static partial Regex PetMessOfAKnownHousehold();

    [GeneratedRegex("(楼上|上面那家|上一层)[^。.!！?？]{0,8}(空调外机|外机|空调)[^。.!！?？]{0,8}(滴水|往下滴|一直滴|漏水)")]
    private static partial Regex AirConDripFromUpstairs();
}
