using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 45's classes, from older owners writing for themselves, things that fall or come loose, and owners writing in
/// Hong Kong and Taiwanese usage (with the round-44 misses of the same kinds): something hanging in the air over people
/// or a path they use (urgent); pieces still falling where people stand (an emergency); thick smoke in the building; too many pills taken and
/// the writer feeling it now; someone attacked with a bottle, a knife or a stick; CPR being given or a defibrillator
/// called for; a lift stopped with the writer inside and the alarm unanswered; a roof or an awning about to blow away;
/// a socket that went "啪" and smells burnt, told over several clauses (the thirty-eighth conversation set); and, from
/// rounds 46 and 47, water out of a socket or onto a flickering light, someone beaten, a foot caught and hurting, a car
/// that hit someone.
/// </summary>
internal static partial class SafetyCues
{
    private const string PeopleOrTheirPath = "(人|老人|小孩|孩子|家长|行人|路人|小朋友|学生|幼儿园|学校|通道|人行道|必经之路)";

    private const string Hanging = "(挂在半空|悬在半空|吊在半空|悬空|悬在|挂在|吊在)";

    private const string Loose = "(断|松|晃|掀|歪|快掉|要掉|摇|裂|脱落|塌)";

    /// <summary>
    /// Hanging after it broke or came loose ("绳子断了一半，沙发悬在…"), or swaying as it hangs, over people or their path —
    /// not a lantern hung up. Urgent (cordon it off now); pieces already falling where people are is an emergency.
    /// </summary>
    [GeneratedRegex("(?:(?<=" + Loose + "[^。.!！?？]{0,16})" + Hanging + "[^。.!！?？]{0,16}|" + Hanging + "[^。.!！?？]{0,8}(晃|摇|快掉|要掉|随时会掉)[^。.!！?？]{0,8})(下面|底下|下边)(就)?(是|有|全是|都是|站着|还有|好多)[^。.!！?？]{0,12}" + PeopleOrTheirPath)]
    private static partial Regex HangingOverPeople();

    /// <summary>
    /// "晾衣架整个垮下来砸在楼下雨棚上，还有一截挂在半空晃，下面就是儿童游乐场，好多小朋友在玩": part of it already came down and
    /// the rest swings over people there now — pieces falling where people are.
    /// </summary>
    [GeneratedRegex("(垮|掉|砸|塌|坠)(了)?(下来|下去|到|在)[^。.!！?？]{0,24}" + Hanging + "[^。.!！?？]{0,8}(晃|摇)[^。.!！?？]{0,16}(下面|底下|下边)[^。.!！?？]{0,16}(人|小孩|孩子|小朋友|学生|老人)[^，。,.!！?？]{0,4}(在玩|在走|站着|经过|在下面|走来走去)")]
    private static partial Regex RestSwingingOverPeopleAfterAFall();

    [GeneratedRegex("(掉了一块|掉下来一块|掉了一片|掉下来一片|又掉了|又掉下来|还在掉|一直在掉|不停地?掉|往下掉)[\\s\\S]{0,40}(楼下|下面|底下|下边)[^，。,]{0,3}(都是|全是|好多|有好多|站着|有|还有|就是)[^，。,]{0,8}" + PeopleOrTheirPath
        + "|(楼下|下面|底下|下边)[^，。,]{0,3}(都是|全是|好多|有好多|站着|有|还有|就是|是)[^，。,]{0,8}" + PeopleOrTheirPath + "[\\s\\S]{0,30}(还在掉|又掉|一直在掉|不停地?掉|往下掉|(已经)?有[^，。,]{0,4}掉(下来|下去)了)")]
    private static partial Regex PiecesFallingWherePeopleAre();

    [GeneratedRegex("(楼道|走廊|楼梯间|楼梯|电梯厅|大堂|地库|车库|隔壁|楼上|楼下|门外|房间|屋里|家里)[^。.!！?？抽吸]{0,6}((好|很|这么|那么|特别|超|非常)浓的烟|烟(好|很|特别|非常|超|越来越)浓|浓烟|全是烟|都是烟|好多烟|冒(出)?好多烟)(?!头|味|灰|蒂)")]
    private static partial Regex ThickSmokeInTheBuilding();

    [GeneratedRegex("((我|我妈|我爸|老伴|老公|老婆|孩子|小孩|宝宝|老人|奶奶|爷爷|外婆|外公|姥姥|姥爷)[^，。,.!！?？]{0,4}吃错(了)?药|误服|(吃|服)(了)?(好几|很多|一大把|一把|一整|整|十几|二十几?)(片|粒|颗|瓶|板|盒)|(药|安眠药|降压药)(吃|服)(多|过量|超量)了)[^。.!！?？]{0,24}(头(好|很|有点|特别)?晕|发晕|晕|想吐|吐了|心慌|心跳(好|很)?快|难受|不舒服|没力气|睡过去|叫不醒|站不稳)")]
    private static partial Regex TooManyPillsFeltNow();

    [GeneratedRegex("(拿着|拿|举着|抄起|挥着|提着)[^，。,.!！?？]{0,6}(酒瓶|啤酒瓶|瓶子|刀|菜刀|棍子|铁棍|棒子|砖头|板凳|铁锹)[^。.!！?？]{0,12}(追着|追|打|砍|砸|捅)[^，。,.!！?？]{0,6}(人|保安|保洁|他|她|我|孩子|老人|路人|业主|门卫)")]
    private static partial Regex AttackedWithSomethingInHand();

    [GeneratedRegex("(在|正在)(给)?[^，。,.!！?？]{0,10}做(心肺复苏|CPR|人工呼吸)(?!培训|演练|课|教学|练习|考核|示范|的培训)|(拿|取|找)(一下)?(AED|除颤仪|除颤器)", RegexOptions.IgnoreCase)]
    private static partial Regex ResuscitationUnderWay();

    [GeneratedRegex("(?<=电梯[^。.!！?？]{0,30})(按了|按)[^，。,.!！?？]{0,3}(警铃|报警按钮|紧急按钮|呼叫按钮|对讲|报警键|呼救按钮|那个铃|铃)(?=[^。.!！?？]{0,6}(没人应|没人理|没反应|没人接|没人回|没人管|没人答应))")]
    private static partial Regex InALiftAndTheAlarmUnanswered();

    [GeneratedRegex("(顶棚|雨棚|棚顶|铁皮|彩钢瓦|屋顶|顶盖|遮阳棚|广告牌|招牌|挡雨棚)[^。.!！?？]{0,6}(快|要|就要|快要|被风)?(掀飞|刮飞|吹飞|掀起来|掀开|吹翻|刮跑|吹跑|掀翻)")]
    private static partial Regex RoofAboutToBlowAway();

    /// <summary>
    /// "插座…「啪」一声，现在闻起来焦焦的，插头黑黑的": a socket that burnt, told over a few clauses, Taiwanese usage too;
    /// "电表箱在往外淌水…而且箱子里面有嗞嗞的声音 闻着有点焦味": a meter box burning, told over a longer report.
    /// </summary>
    [GeneratedRegex("(插座|插头|插排|插线板|排插|电线|电表箱|电箱|配电箱|电闸|闸盒)[^。.!！?？]{0,30}(闻起来焦焦|焦焦的|臭焦|焦臭|有(股|一股|点|一点|些)?焦味|烧焦了|黑黑的|熏黑了|(有|开始有|一股)(股)?糊味|烧糊)|(电表箱|配电箱|电箱)[^。.!！?？]{0,40}(嗞嗞|滋滋|噼啪|啪啪)[^。.!！?？]{0,12}(焦味|糊味|烧焦|冒烟)")]
    private static partial Regex SocketBurntOverClauses();

    /// <summary>"水从我家插座里往外冒", "走廊那个电表箱在往外淌水": water coming out of a socket, a switch or a meter box.</summary>
    [GeneratedRegex("(插座|插排|开关|电箱|配电箱|电表箱)(里|里面|里头|孔里)[^，。,.!！?？]{0,4}(冒水|出水|往外冒|往外流|流水|滴水|渗水|淌水)|(电表箱|配电箱|电箱)(在|一直在|正在)?(往外)(淌水|流水|冒水|喷水|漏水)")]
    private static partial Regex WaterOutOfASocket();

    /// <summary>"西门保安被人打了！": someone being beaten or stabbed (the past is read off by the context).</summary>
    [GeneratedRegex("(保安|保洁|门卫|人|老人|孩子|小孩|业主|师傅|快递员|外卖员|骑手|我|我妈|我爸|我老公|我老婆|邻居)(?![^，。,.!！?？]{0,6}(部门|项目|预算|工资|奖金|价格|计划|名额|课|岗位|团队))[^，。,.!！?？]{0,6}被(人|他|他们|几个人|一群人|醉汉)?(打|砍|捅|围殴|揍|围攻)(了|伤|倒)")]
    private static partial Regex SomeoneBeaten();

    /// <summary>"我脚被夹了，疼得很": a foot or a hand caught and hurting now.</summary>
    [GeneratedRegex("(脚|手|腿|手指|胳膊|脚趾)被(电梯门|门)?夹(了|伤了|住了|到了)[^。.!！?？]{0,8}(疼|痛|流血|出血|肿)")]
    private static partial Regex CaughtAndHurting();

    /// <summary>"水…已经淋到吊灯上了，灯一闪一闪还噼啪响": water on a light or a switch that flickers or crackles.</summary>
    [GeneratedRegex("(淋到|浇到|流到|滴到|漫到|灌到|进到)(了)?[^，。,.!！?？]{0,2}(吊灯|灯具|灯|开关|插座|电箱)[^。.!！?？]{0,14}(闪|噼啪|滋滋|冒火|冒烟|打火)")]
    private static partial Regex WaterOnALightThatFlickers();

    /// <summary>"一辆车在地库坡道上溜下来撞到人了": a car that hit someone (not one that nearly did: 差点, 险些, 没).</summary>
    [GeneratedRegex("(车|汽车|电动车|摩托车|货车|三轮车)[^。.!！?？差险没]{0,16}(撞到|撞倒|撞伤|碾到|压到)(了)?(人|老人|孩子|小孩|行人)")]
    private static partial Regex CarHitSomeone();
}
