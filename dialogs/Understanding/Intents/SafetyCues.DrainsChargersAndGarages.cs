using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger below ground and beside the chargers: someone fallen into a manhole or a sump, a child at the edge of one
/// left open, workers overcome down a drain, someone lying still, a finger in a live charging socket, petrol fumes with
/// smoke in the garage.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>A word that makes a fall a near miss, a fear or a question, not a fall.</summary>
    private const string NotYet = "(?:(?!差点|差一点|差些|险些|小心|万一|如果|要是|怕|担心|会不会|容易|可能|以免|免得|防止|别)[^。.!！?？])";

    /// <summary>
    /// "沙井蓋不見了，有個老人家剛剛一腳踩空掉進去了", "井盖没了，我儿子掉下去了！！": someone has fallen into it; or the fall
    /// told before the pit ("宝宝掉进化粪池了", "阿婆跌咗落沙井").
    /// </summary>
    [GeneratedRegex("(?<=(井盖|井口|窨井|沙井|下水井|污水井|雨水井|集水井|检查井|化粪池|坑|洞)" + NotYet + "{0,16})(有个|有人|一个|儿子|女儿|孩子|小孩|小朋友|宝宝|老人家|老人|老太太|老大爷|大爷|阿姨|阿婆)" + NotYet + "{0,10}(掉下去了|掉进去了|摔下去了|跌下去了|掉进去|掉下去|掉进了井|掉到井里)(?![^。.!！?？]{0,6}(怎么办|咋办|吗|呢|[？?]))" + "|" + Someone + NotYet + "{0,8}(掉|跌|摔|滑)(了)?(进|落|到|下)(了)?(去)?" + Pit + "(?![^。.!！?？]{0,6}(怎么办|咋办|吗|呢|[？?]))")]
    private static partial Regex SomeoneFallenIntoAPit();

    /// <summary>"集水井的盖子开着，有个小孩站在边上往下看，大人不知道去哪了": a child at the edge of a pit left open, now.</summary>
    [GeneratedRegex("(?<=(井|井口|井盖|坑|洞)[^。.!！?？]{0,6}(开着|敞着|掀开了|打开了|没盖|没了|不见了)[^。.!！?？]{0,16})(小孩|孩子|小朋友|宝宝)[^。.!！?？]{0,8}(站在边上|在边上|趴在边上|蹲在边上|往下看|往里看|在旁边追着跑|在旁边跑|在旁边玩|追着跑)")]
    private static partial Regex ChildAtAnOpenPit();

    /// <summary>"两个工人下去疏通管道，上面那个又下去拉人，现在两个都没上来": workers overcome below ground.</summary>
    [GeneratedRegex("(工人|师傅|人|他)[^。.!！?？]{0,8}下(去|井)(?=[^。.!！?？]{0,24}(拉人|救人|都没上来|都没有上来|叫不应|喊不应|没动静|没反应|晕倒|晕过去))")]
    private static partial Regex WorkersOvercomeBelow();

    /// <summary>"污水井旁边有个人躺着一动不动": someone lying still.</summary>
    [GeneratedRegex("(有个人|有人|一个人|有个男的|有个女的|一个男的|一个女的|有个老人|一个老人)[^，。,.!！?？]{0,4}(躺着|倒着|趴着|躺在那|倒在那|趴在那)(里)?[^，。,.!！?？]{0,2}(一动不动|不动了|没反应|叫不醒|喊不醒|没动静)")]
    private static partial Regex SomeoneLyingStill();

    /// <summary>"小朋友把手指头塞进充电桩的插口里了，哭得好厉害": a finger in a live socket.</summary>
    [GeneratedRegex("(手指头|手指|小手|手)[^，。,.!！?？]{0,3}(塞进|插进|伸进|戳进|塞到|插到)[^，。,.!！?？]{0,8}(插座|插孔|插口|充电口|充电枪口|电源孔)(里)?(了|[^。.!！?？]{0,8}(哭|电到|麻了|触电))")]
    private static partial Regex FingerInALiveSocket();

    /// <summary>
    /// "地下车库一股很浓的汽油味还有烟": petrol fumes with smoke; "油箱漏油漏了一地…旁边还有人在抽烟": leaking fuel with a
    /// flame beside it.
    /// </summary>
    [GeneratedRegex("(很浓|好浓|浓浓|浓烈|刺鼻)的?汽油味[^。.!！?？]{0,6}(还有|又有|还在|和|加上|夹着)[^。.!！?？]{0,2}(烟|冒烟)|(油箱|汽油|柴油|车)[^。.!！?？]{0,6}(漏|滴|流)油?[^。.!！?？]{0,24}(旁边|边上|附近|跟前)[^。.!！?？]{0,6}(有人)?[^。.!！?？]{0,4}(抽烟|吸烟|点烟|打火机|点火)")]
    private static partial Regex PetrolFumesAndSmoke();
}
