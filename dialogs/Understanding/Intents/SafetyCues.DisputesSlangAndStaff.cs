using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 38's classes, from disputes between neighbours, teenagers' slang and the estate's own staff: someone stabbed
/// or slashed; a neighbour or a stranger about to kill or slash the writer; a door being smashed with a hammer or an
/// axe; things pushed off a balcony over people below; the writer followed and cornered; a lift moving with its door
/// open and someone caught; a brother, sister or grandchild locked in a car; a home or a shop whose power is all gone.
/// </summary>
internal static partial class SafetyCues
{
    private const string Person = "有人|人|我|他|她|邻居|保安|保洁|老公|老婆|孩子|儿子|女儿|弟弟|妹妹|哥哥|姐姐|我爸|我妈|大爷|阿姨|师傅|男的|女的";

    [GeneratedRegex("(" + Person + ")[^，。,.!！?？]{0,3}被(人)?(用刀|拿刀)?(捅|砍)(了|伤|中|到)")]
    private static partial Regex StabbedOrSlashed();

    [GeneratedRegex("(邻居|楼上|楼下|隔壁|对门|对面|那(个)?(男的|女的|人|家)|有人|有个(男的|女的|人))[^，。,.!！?？]{0,6}(要|想|说要|喊着要|嚷着要|拿刀)(砍|杀|捅|弄死|打死|砍死|捅死)(了)?(我|我们|我妈|我爸|人)")]
    private static partial Regex ThreatToKillNow();

    [GeneratedRegex("(?<!(师傅|工人|装修)[^，。,.!！?？]{0,6})(拿|举着|抡着|用|提着)(着)?(锤子|斧头|斧子|铁锤|榔头|砖头|棍子|铁棍|钢管|刀|菜刀)[^，。,.!！?？]{0,8}(砸|砍|劈|撞)[^，。,.!！?？]{0,4}(门|窗|锁)")]
    private static partial Regex DoorSmashedWithAWeapon();

    [GeneratedRegex("(推|扔|丢|踢|砸|掀)(了)?下去(了)?(?=[^。.!！?？]{0,20}(下面|底下|楼下)[^。.!！?？]{0,4}(有人|都是|全是|好多|很多|站着)[^。.!！?？]{0,8}(人|家长|小孩|孩子|学生|老人|小朋友))")]
    private static partial Regex PushedOffOverPeople();

    [GeneratedRegex("(跟着我|跟踪我|尾随我|跟出来|跟上来|跟了我一路|跟我到)[^。.!！?？]{0,30}(堵着我|堵住我|拦着我|拦住我|不让我走|不让我进|不让我出)|(陌生|一个|有个|那个)[^，。,.!！?？]{0,6}(男的|男人|大叔|人)[^。.!！?？]{0,24}(堵着我|堵住我|拦着我|拦住我)")]
    private static partial Regex FollowedAndCornered();

    [GeneratedRegex("(电梯|梯)门(还)?开着(就)?(往上|往下|上行|下行|动了|走了|升|降|开走)(?=[^。.!！?？]{0,24}(夹住|卡住|夹着|卡着|被夹|被卡|还在外面|在外面))")]
    private static partial Regex LiftMovingOnSomeone();

    [GeneratedRegex("(弟|妹|弟弟|妹妹|儿子|女儿|闺女|孙子|孙女|外孙|外孙女|侄子|侄女)[^，。,.!！?？]{0,4}(被)?(锁|关|困)(在)?车(里|内|上)")]
    private static partial Regex RelativeLockedInACar();

    [GeneratedRegex("(家里|店里|屋里|铺子里|全屋|整个家|整个店)[^，。,.!！?？]{0,3}(的)?(电)?(全|都|突然)?(没电了|没了电|停电了|断电了|电全没了|电都没了|全黑了)")]
    private static partial Regex PowerAllGone();
}
