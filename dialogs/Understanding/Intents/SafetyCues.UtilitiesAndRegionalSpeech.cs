using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 33's classes, from the lines coming in and from regional speech: a live cable or busbar laid bare where
/// children are touching or playing; water over a switchboard or a meter box, a plug standing in water; someone trying the door while the writer hides; a power cut told in Min words (电火无去,
/// 暗摸摸); a floor flooded told in Cantonese (地下浸晒); a neighbour's
/// noise at night told in Min words (厝边半暝…吵甲袂睏, folded to 邻居半夜…睡不着). Min and Wu words are folded first
/// (DialectFolding: 厝边, 半暝, 昨暝, 袂睏, 阮厝; the typo 马桶赌).
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(电缆|电线|线缆|铜排|带电|高压线|电箱|配电箱|箱变|变压器)[^。.!！?？]{0,16}(露着|露在外面|裸露|露出来|挖出来|线皮(都)?破|破皮|外皮破|门开着)[^。.!！?？]{0,20}(小孩|孩子|小朋友|有人|人)[^。.!！?？]{0,6}(在摸|摸|在玩|玩|碰|踩|旁边|经过|走来走去)")]
    private static partial Regex BareLiveCableWithPeopleNear();

    [GeneratedRegex("(水|积水)[^，。,.!！?？]{0,6}(漫过|淹过|漫到|淹到|浸到|浸过|进了|灌进|泡着|淹了)[^，。,.!！?？]{0,4}(配电柜|配电箱|电箱|电表箱|开关箱|电柜|配电房|插座|插排)")]
    private static partial Regex WaterOverSwitchgear();

    [GeneratedRegex("(?<!别|不要|以免|免得|防止)(插头|插座|插排|拖线板|排插)[^。.!！?？]{0,6}(泡在水里|泡水了|泡着水|浸在水里|浸水了|在水里|进水了)")]
    private static partial Regex PlugStandingInWater();

    [GeneratedRegex("(有人|陌生人|有个男的|有个人)[^。.!！?？]{0,6}(在)?(拧|扭|撬|砸|踹|掰)[^。.!！?？]{0,6}(门把手|门把|门锁|锁|门)(?=[^。.!！?？]{0,16}(不敢|害怕|好怕|吓死|躲|发抖))")]
    private static partial Regex SomeoneTryingTheDoor();

    [GeneratedRegex("(阮厝|我厝|我家|阮兜|阮家|家里)[^。.!！?？]{0,8}(电火|电)[^。.!！?？]{0,3}(无去|拢无|熄去|无了)|(电火|电)(无去|拢无|熄去)[^。.!！?？]{0,8}(阮厝|我厝|我家|阮家|家里|阮兜|暗摸摸|全部暗)")]
    private static partial Regex PowerCutInMinWords();

    [GeneratedRegex("(厕所|厨房|屋企|屋里|冲凉房|洗手间|浴室)[^。.!！?？]{0,16}(浸晒|浸咗|水浸)|地下浸(晒|咗)")]
    private static partial Regex FloodedFloorInCantonese();

    [GeneratedRegex("邻居[^。.!！?？]{0,8}半夜[^。.!！?？]{0,8}(吵|唱歌|大声|敲|钉|跳)|吵(甲|到)睡不着")]
    private static partial Regex NeighbourNoiseInMinWords();

    /// <summary>Round 34: a worker or a child hanging on outside a railing or a ledge ("人扒着栏杆挂在外面").</summary>
    [GeneratedRegex("(人|他|她|工人|师傅|小孩|孩子)[^。.!！?？]{0,4}(扒着|抓着|吊在|挂在|悬在)[^。.!！?？]{0,6}(栏杆|窗台|窗框|外面|外墙|平台|阳台|半空)")]
    private static partial Regex HangingOnOutside();

    /// <summary>Round 34: a toilet blocked again, in Cantonese ("個廁所又塞咗啦", 咗 folded to 了).</summary>
    [GeneratedRegex("(厕所|马桶|坐厕|屎坑)(又)?(塞|堵)(了|住|死)")]
    private static partial Regex ToiletBlockedInCantonese();

    /// <summary>Round 34: "I am in lift now. it stop. light off.": the writer inside a lift that has stopped, in learners' English.</summary>
    [GeneratedRegex("\\b(i am|i'm|im|we are|we're|my (son|daughter|mum|mom|dad|mother|father|kid|child) is)\\s+(in|inside|stuck in)\\s+(the\\s+)?(电梯\\s*)?(lift|elevator)\\b(?!\\s*(lobby|hall|area|entrance|door|button))(?=[\\s\\S]{0,40}(?<!n't |not )\\b(stop|stops|stopped|stuck|not moving|dark|light off|lights off|won't open|doesn't open|door not open)\\b)", RegexOptions.IgnoreCase)]
    private static partial Regex InsideAStoppedLiftInLearnersEnglish();
}
