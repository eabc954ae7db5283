using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 49's classes, from young families, fire-safety equipment and the water supply: someone not breathing; a
/// choking child turning blue; a child's fit with the eyes rolling up; pills, cleaner or a button battery swallowed by a
/// child, or a cleaner drunk by an adult; a fire alarm sounding with someone who cannot get out, or heat and smoke at the
/// door; someone fallen from a height who does not move; a snake bite; a stranger trying the lock now. And round 50's: a
/// threat at the door, a confused old person shivering outside, bottles thrown from a balcony smashing beside people
/// (English).
/// </summary>
internal static partial class SafetyCues
{
    private const string Little = "(宝宝|孩子|小孩|娃|婴儿|儿子|女儿|孙子|孙女|小朋友|bb)";

    [GeneratedRegex("(?<!会|怕|担心|万一|如果)(不呼吸了|没有呼吸了|没呼吸了|没(有)?呼吸|停止呼吸|呼吸停了|(?<=(人|他|她|妈|爸|爷|奶|婆|公|老人|孩子|宝宝|老伴|老公|老婆|儿子|女儿)[^，。,.!！?？]{0,4})没气了|喘不上来气)(?!机|器|道|科|灯)")]
    private static partial Regex NotBreathing();

    [GeneratedRegex("(呛|噎|卡)(到|住|着)[^。.!！?？]{0,24}(脸|嘴唇|嘴|小脸)(都|已经|有点|开始)?(发青|青了|发紫|紫了|憋紫|憋青)|(脸|嘴唇|小脸)(都|已经)?(发青|青了|发紫|紫了)[^。.!！?？]{0,12}(拍不出来|咳不出来|吐不出来|喘不上|哭不出)")]
    private static partial Regex ChokingAndTurningBlue();

    [GeneratedRegex(Little + "[^。.!！?？]{0,10}(抽筋|抽风|惊厥|抽搐)(?!是怎么回事|是什么|是怎么|的原因|怎么预防|会不会|有什么|要注意)|眼睛(往上|向上)翻|两眼(上翻|发直)")]
    private static partial Regex ChildsFit();

    [GeneratedRegex(Little + "[^。.!！?？]{0,10}(把|将)?[^。.!！?？]{0,8}(药|药片|降压药|安眠药|洗衣液|洗衣凝珠|消毒液|洁厕灵|清洁剂|纽扣电池|电池|磁铁|磁珠|干燥剂)[^。.!！?？]{0,6}(当糖|当成糖|当饮料|吃了|吞了|喝了|吃下去|吞下去|咽下去|舔了)")]
    private static partial Regex SwallowedByAChild();

    /// <summary>"老人把洁厕灵当水喝了", "我儿子刚刚喝了一口通下水道那个药水": a cleaner or poison drunk, named or told by what it unblocks.</summary>
    [GeneratedRegex("(洁厕灵|洁厕剂|消毒液|84|漂白水|漂白剂|农药|老鼠药|杀虫剂|清洁剂|除垢剂|通渠剂|疏通剂|烧碱)[^。.!！?？]{0,12}(当水喝|当饮料喝|当成水|喝了|喝下|误喝|吞了|误服)|(喝了|喝下|误喝|误服)[^。.!！?？]{0,6}(洁厕灵|消毒液|84消毒液|漂白水|农药|老鼠药|杀虫剂|清洁剂|除垢剂|通渠剂|疏通剂)|(喝了|喝下|误喝|误服|吃了|舔了|吞了)[^。.!！?？]{0,8}(通下水道|通管道|通马桶|通渠|疏通管道|下水道)[^。.!！?？]{0,4}(的|那个|那瓶|用的)?(药水|药|粉|液|水)|把[^，。,.!！?？]{0,4}(通下水道|通管道|通马桶|通渠|疏通管道|下水道)[^。.!！?？]{0,4}(的|那个|那瓶|用的)?(药水|药|粉|液)[^，。,.!！?？]{0,8}(当|吃|喝|吞|舔)")]
    private static partial Regex DrankAPoison();

    [GeneratedRegex("(警报|警铃|报警器|火警|烟感)[^。.!！?？]{0,8}(在响|一直响|一直在响|响了|狂响|响个不停)[\\s\\S]{0,50}(下不来|下不去|走不下去|走不了|出不去|不敢出去|困在|被困|出不来|逃不出)|(下不来|走不下去|出不去|出不来)[\\s\\S]{0,40}(警报|警铃|火警)[^。.!！?？]{0,6}(在响|一直响|一直在响)")]
    private static partial Regex AlarmAndCannotGetOut();

    [GeneratedRegex("门把手(很|好|都|有点|特别|是|都是|也是)?烫|(?<=(警铃|警报|报警|火警|着火|起火|烫)[^。.!！?？]{0,30})(门缝(里|下面|底下)?[^，。,.!！?？]{0,3}(进烟|冒烟|往里冒烟|有烟|钻烟)|烟从门缝)")]
    private static partial Regex HeatOrSmokeAtTheDoor();

    [GeneratedRegex("(陌生|不认识的|不认识)[^。.!！?？]{0,8}(一直在|一直|正在|还在)(试|按|拧|撬|扭|掰|捅)[^。.!！?？]{0,4}(我家|门|锁|密码|门把手)")]
    private static partial Regex StrangerTryingTheLockNow();

    [GeneratedRegex("(蛇|毒蛇)[^。.!！?？]{0,16}(咬了|咬伤|咬到|咬住)")]
    private static partial Regex BittenByASnake();

    [GeneratedRegex("(工人|师傅|人|保洁|保安|老人|小孩|孩子)[^。.!！?？]{0,10}(掉下来|摔下来|跌下来|掉下去|摔下去|摔到|掉到|跌到|摔在|掉在)[^。.!！?？]{0,16}(一动不动|不动了|没反应|叫不醒|没动静|没了动静)")]
    private static partial Regex FellAndDoesNotMove();

    [GeneratedRegex("(踹|砸|撞|踢)(我家|我们家|我)?(的)?门[^。.!！?？]{0,24}(还在|一直|不走|没走)|(说|喊|嚷)(着)?要(弄死|杀了|杀死|砍死|打死|捅死)(我|我们|我家)")]
    private static partial Regex ThreatAtTheDoorNow();

    [GeneratedRegex("(老人|老爷爷|老奶奶|老太太|老大爷|老头|老伯|阿婆|阿公|老爷子)[^。.!！?？]{0,30}(冻得|发抖|哆嗦|打颤|打哆嗦)[\\s\\S]{0,30}(说不清|说不出|不记得|认不得|迷路|糊涂|不知道(自己)?住哪)")]
    private static partial Regex ConfusedElderOutInTheCold();

    [GeneratedRegex("\\b(throw|throwing|threw|thrown|dropping|dropped|tossing|tossed)\\b[^.!?]{0,30}\\b(off|from|out of)\\b[^.!?]{0,12}\\b(balcony|window|roof)\\b[^.!?]{0,60}\\b(smash|smashed|shatter|shattered|nearly hit|almost hit|right next to|landed next to)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThrownDownBesidePeopleInEnglish();
}
