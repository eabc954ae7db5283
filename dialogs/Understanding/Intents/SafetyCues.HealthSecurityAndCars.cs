using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Health, old age, security and cars: danger told by what is seen — someone who does not respond, a driver slumped at
/// the wheel, a person pinned under a wheelchair, confusion and shaking, an oxygen machine stopped, blood that pours;
/// a man following a child, a fight with a weapon, violence against a person, a child crying "别打了", a child on a
/// roof railing, a lock being forced now. And in the common parts: a barrier arm striking, water on a lobby floor.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"阿爷冇反应", "我妈突然没意识了", "人已经没呼吸了": a person who does not respond (not "没反应过来").</summary>
    [GeneratedRegex("(阿爷|阿嫲|阿婆|阿公|老人家|老人|老爷子|老太太|我爸|我妈|爸爸|妈妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|宝宝|孩子|小孩|人)(突然|一下子|已经|现在|好像|都)*(没|冇)(有|了)?(反应|意识|知觉|呼吸|心跳)(?!过来)")]
    private static partial Regex DoesNotRespond();

    /// <summary>"司机趴在方向盘上不动", "人压在轮椅下面", "轮椅翻了，老人压在下面": slumped or pinned.</summary>
    [GeneratedRegex("(趴在|倒在|靠在|瘫在)[^，。,.!！?？]{0,6}(方向盘|座位|驾驶座|车里|车上)[^，。,.!！?？]{0,4}(不动|没动|没反应|叫不醒)|(人|老人|孩子|小孩|他|她|我爸|我妈)[^，。,.!！?？]{0,4}(压在|卡在|被压在)[^，。,.!！?？]{0,6}(下面|底下|下边)|轮椅[^。.!！?？]{0,8}翻(了|倒)[^。.!！?？]{0,12}(压|摔|起不来)")]
    private static partial Regex SlumpedOrPinned();

    /// <summary>"浑身哆嗦说胡话", "我爸突然神志不清": confusion or shaking in someone at home now.</summary>
    [GeneratedRegex("(说胡话|胡言乱语|神志不清|意识不清|意识模糊|认不出人)(?<=(爸|妈|老人|爷|奶|婆|公|他|她|老公|老婆|孩子)[^。.!！?？]{0,24}(说胡话|胡言乱语|神志不清|意识不清|意识模糊|认不出人))|(浑身|全身)(哆嗦|发抖|冒冷汗)[^。.!！?？]{0,10}(说胡话|意识|叫不应|认不出|站不住)")]
    private static partial Regex ConfusedOrShaking();

    /// <summary>"制氧机停了…我爸离不开氧气", "血氧掉到80了": someone who lives on oxygen without it.</summary>
    [GeneratedRegex("(离不开|依赖|全靠|靠)(氧气|吸氧|呼吸机|制氧机)(?<=(制氧机|呼吸机|氧气机)[^。.!！?？]{0,12}(停了|没电|不转|断电|用不了)[^。!?！？]{0,30}(离不开|依赖|全靠|靠)(氧气|吸氧|呼吸机|制氧机))|血氧[^，。,.!！?？]{0,6}(掉|降|跌|只有)[^，。,.!！?？]{0,3}(到)?[5-8][0-9](?![0-9])")]
    private static partial Regex OxygenCutOff();

    /// <summary>"血哗哗地流", "血一直往外冒": blood that pours.</summary>
    [GeneratedRegex("血[^，。,.!！?？]{0,4}(哗哗|哗啦|呼呼|汩汩|直流|直冒|狂流|狂喷|喷出来|涌出来|滴个不停)|流(了)?(好多|很多|好大一滩|一地|这么多|那么多)(的)?血|(腿|手|脚|胳膊|头|脸)(都)?(被)?(划开|割开|划破了一(道|个)大口子|割破了一(道|个)大口子)")]
    private static partial Regex BloodPouring();

    /// <summary>"有个男的一直跟着我女儿，从南门跟到游乐场": a stranger following someone now.</summary>
    [GeneratedRegex("(男的|男人|陌生人|陌生男|不认识的人|怪人|可疑的人|有个人|醉汉)[^，。,.!！?？]{0,8}((一直|一路|还在|正在)(跟着|尾随|跟踪)|跟到|尾随到)[^。.!！?？]{0,8}(女儿|儿子|闺女|孩子|小孩|女孩|小姑娘|老人|我|她|他)")]
    private static partial Regex FollowedByAStranger();

    /// <summary>"女儿在单元门口被一个喝醉的男人拉扯，现在还在楼下", "有个醉汉在拽我老婆": someone held or pulled at by a stranger.</summary>
    [GeneratedRegex("(女儿|儿子|闺女|孩子|小孩|女孩|小姑娘|学生|老婆|媳妇|老人|我妈|她|我)[^。.!！?？]{0,12}被[^，。,.!！?？]{0,10}(男的|男人|陌生人|陌生男子|醉汉|酒鬼|不认识的人|流浪汉)(拉扯|拉住|拽住|拽着|拖着|抓住|抱住|纠缠|强行拉|往外拖)|(男的|男人|陌生人|陌生男子|醉汉|酒鬼|不认识的人|流浪汉)(正在|还在|一直在|在)(拉扯|拽|拖|纠缠|抓着|抱着)(我|我的)?(女儿|儿子|闺女|孩子|小孩|女孩|小姑娘|学生|老婆|媳妇|老人|妈妈|她)")]
    private static partial Regex StrangerTakingHoldOfSomeone();

    /// <summary>"隔壁吵架吵到动刀了": a quarrel that has come to knives.</summary>
    [GeneratedRegex("(吵架|吵|打架|打)[^，。,.!！?？]{0,6}(动刀|动起刀|拿刀|抄刀|抄起刀|拿起刀)")]
    private static partial Regex QuarrelComeToKnives();

    /// <summary>"有人在拽隔壁家的防盗门，鬼鬼祟祟的，邻居去旅游了家里没人": someone at the door of a home whose people are away.</summary>
    [GeneratedRegex("有(个)?(人|男的|陌生人)(在)?(拽|拉|撬|掰|拧|晃|推)[^，。,.!！?？]{0,6}(防盗门|门把手|门锁|大门|家门)(?=[^。.!！?？]{0,30}(鬼鬼祟祟|家里没人|家里没有人|没人在家|不在家|去旅游|出差|出远门))")]
    private static partial Regex SomeoneAtAnEmptyHomesDoor();

    /// <summary>
    /// "拿头盔砸人", "男的把女的往墙上撞", "孩子哭喊‘爸爸别打了’", "隔壁往死里打孩子", "救救我 他要打死我", "掏出刀了": violence
    /// against a person now — not "我妈知道了要打死我". Also someone still beating a child or a wife ("还在打孩子", not
    /// "在打他电话"), broken glass or a bottle waved at people and "谁出来就划谁", a slap just taken from someone still
    /// blocking the door, and fuel poured out with a lighter in hand or a threat to set the building alight.
    /// </summary>
    [GeneratedRegex("(拿|用|抡)[^，。,.!！?？]{0,6}(头盔|砖头|石头|棍子|铁棍|板凳|椅子|酒瓶|瓶子|锤子)[^，。,.!！?？]{0,3}(砸|打|捅|抡)(人|他|她|头)|把(女的|男的|她|他|老婆|老公|孩子|人|老人)(往|朝|按在|摁在)[^，。,.!！?？]{0,4}(墙上|地上|墙|地)(撞|摔|按|砸|打)?|掐(住)?(她|他|人|孩子|女的|男的)?(的)?脖子|(哭喊|哭着喊|尖叫|哭着叫)[^。!?！？]{0,10}(别打了|不要打了|别打我|不要打我|救命)|(别打了|不要打了|别打我)[^。!?！？]{0,20}(哭|喊|叫|打了好久|一直在打)|(打起来|打架(?!子)|动手|打人|干起来)[^。!?！？]{0,12}(头(都)?(破|打破)了|满脸是血|流血了|见血了|(还在|一直在|正在)打)|往死里(打|揍|踢|掐)|往死了(打|揍)|(?<!(知道|发现|回家|看到|晓得|考|成绩|如果|要是|万一)[^。.!！?？]{0,8})(他|她|那人|那个人|男的|女的|有人|老公|老婆|男人)[^，。,.!！?？]{0,3}(要|说要|扬言要|喊着要|嚷着要)(打死|杀了|杀死|砍死|弄死|掐死|捅死)(我|我们|她|他|孩子|人|老婆|媳妇)|(拿|举|挥|提)着?(一块|一把|一个|个|块|把)?(刀|菜刀|刀子|匕首|斧头|锤子|铁棍|碎玻璃|玻璃片|玻璃|碎酒瓶|酒瓶|啤酒瓶|剪刀|砖头)[^，。,.!！?？]{0,6}(追|砍|冲着|对着|乱挥|挥来挥去|挥|比划|比比划划)|谁(出来|过来|靠近|敢出来|敢过来)[^，。,.!！?？]{0,2}就(砍|划|捅|打|弄死|杀|砸)谁|(?<!(昨天|昨晚|前天|上次|那天|以前|之前)[^。.!！?？]{0,10})(还在|正在|一直在|又在)(打|揍|抽|踹)(孩子|小孩|儿子|女儿|老婆|媳妇|老人|老太太|老头|她|他)(?!电话|的电话|手机|游戏|麻将|牌|针|疫苗|球|招呼|字|工|卡)|被[^，。,.!！?？]{0,10}(扇|打|踢|揍)了[^。.!！?？]{0,4}(一巴掌|一耳光|两巴掌|几巴掌|一拳|几拳|一脚|几脚)?[^。.!！?？]{0,12}(他|她|那人|对方|那个人|那男的|那女的)(现在)?(还|仍然|一直|还在)(堵|守|站|拦)|(泼|倒|洒|浇)(了)?[^，。,.!！?？]{0,8}(汽油|酒精|煤油|柴油|天那水|香蕉水)[^。.!！?？]{0,20}(打火机|火机|火柴|点火|点着|点燃|烧死|同归于尽|一起死)|(?<!(老|总|总是|经常|天天|动不动|动不动就)[^，。,.!！?？]{0,1})(说要|扬言要|喊着要|威胁要|嚷着要)(放火|纵火)(烧)?|(掏|亮|拔|抽)出(了)?(一把)?(刀|菜刀|刀子|匕首|水果刀|弹簧刀)|亮刀|动刀子|动了刀")]
    private static partial Regex ViolenceNow();

    /// <summary>"天台有个小孩在护栏边上爬来爬去": a child at a roof edge or railing high up.</summary>
    [GeneratedRegex("(天台|楼顶|屋顶|顶楼)[^。.!！?？]{0,12}(小孩|孩子|小朋友|男孩|女孩)[^。.!！?？]{0,12}(护栏|栏杆|边上|边缘|围墙上)|(小孩|孩子|小朋友)[^，。,.!！?？]{0,8}(护栏|栏杆)(边上|外面|外边|上面)[^，。,.!！?？]{0,4}(爬|坐|站|玩|翻)")]
    private static partial Regex ChildAtARoofEdge();

    /// <summary>"现在在用东西捅我家锁眼", "一直在撬对门的锁": a lock being forced now (not a locksmith at work).</summary>
    [GeneratedRegex("(一直|正在|还在|现在|在)[^，。,.!！?？]{0,8}(捅|撬|鼓捣|捣鼓|拧|钻)[^，。,.!！?？]{0,4}(锁眼|锁芯|门锁|的锁|锁)(?<!(师傅|锁匠|开锁的|换锁|修锁|保安)[^。.!！?？]{0,30})")]
    private static partial Regex LockForcedNow();

    /// <summary>"道闸杆子一直自己上上下下乱砸，刚砸到一辆车": a barrier arm that strikes.</summary>
    [GeneratedRegex("(道闸|闸杆|栏杆|杆子)[^。.!！?？]{0,12}(乱砸|砸到|砸了|砸下来|砸在|落在[^，。,.!！?？]{0,4}(车|人)|一直(自己)?(上上下下|起起落落|抬起落下))")]
    private static partial Regex BarrierArmStrikes();

    /// <summary>"大堂地上好多水…老人拄着拐杖进出", "大堂刚拖完地，水汪汪的一片…好多老人带孩子进出": a wet floor where people walk.</summary>
    [GeneratedRegex("(?<=(大堂|电梯厅|电梯口|楼道|走廊|门厅|单元门口)[^。.!！?？]{0,12}(油|水)[^。.!！?？]{0,6})(地上|地面|地板)?(滑得要命|滑得很|很滑|特别滑|好滑|滑死了)|(大堂|电梯厅|电梯口|楼道|走廊|门厅|单元门口)[^。，,.!！?？]{0,6}(地上|地面|地板)?[^。，,.!！?？]{0,4}(好多水|一滩水|一地水|一大滩水|全是水|都是水|很滑|特别滑|好滑|滑得要命|滑得很|滑死了)|(大堂|电梯厅|电梯口|楼道|走廊|门厅|单元门口|楼梯)[^。.!！?？]{0,8}(拖完地|拖了地|刚拖|拖过地)[^。.!！?？]{0,10}(水汪汪|湿漉漉|全是水|都是水|一地水|很滑|好滑|特别滑)(?=[^。.!！?？]{0,30}(老人|孩子|小孩|进出|走|摔|小心地滑|提示牌|警示牌|牌子))")]
    private static partial Regex WetFloorWherePeopleWalk();
}
