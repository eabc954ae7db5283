using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>Fast words where nothing happened to anyone: a near miss, a love line, a lift everyone already got out of.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "电动车在小区里骑那么快，差点撞到人": a near miss on the road, nobody hurt (something thrown or falling that only just
    /// missed stays an emergency), a fright ("在地库骑平衡车，开得飞快，吓到好几个小孩") or a vehicle parked in the way
    /// ("升降车停在8栋门口挡路了"); "快打119我的心被你点燃了": a love line; "路上看到有人倒地该不该扶": whether to help a stranger
    /// somewhere else — no emergency the model alone may read into them.
    /// </summary>
    public static bool NothingHappenedHere(string text) =>
        ((NearMiss().IsMatch(text) || OnlyAFright().IsMatch(text) || ParkedBlocking().IsMatch(text)) && !SomeoneHurt().IsMatch(text)) || LoveLine().IsMatch(text) || WhetherToHelpAStranger().IsMatch(text);

    /// <summary>"升降车停在8栋门口挡路了": a vehicle parked in the way — in the way, not a danger.</summary>
    [GeneratedRegex("(停在|停到|停了|横在)[^，。,.!！?？]{0,10}(挡路|挡着路|挡道|挡住|堵着|堵住|碍事)")]
    private static partial Regex ParkedBlocking();

    /// <summary>"lift dropped a floor and stopped, we are all out now": a lift that misbehaved with nobody left inside.</summary>
    public static bool LiftLeftEmptyInEnglish(string text) => HasLatin(text) && LiftInEnglish().IsMatch(text) && EveryoneOut().IsMatch(text);

    /// <summary>电梯, 轿厢, lift, elevator named.</summary>
    public static bool NamesALift(string text) => LiftCue().IsMatch(text);

    /// <summary>"2栋电梯停了，上面好多老人下不来，没人被关在里面": a stopped lift the owner says nobody is shut in.</summary>
    public static bool LiftSaidEmpty(string text) => LiftCue().IsMatch(text) && EmptyLift().IsMatch(text);

    /// <summary>
    /// "电梯走到一半咣当一下就停住了…又接着往下走…我们现在出来了没啥事": a lift that stopped and went on, or that everyone
    /// got out of — the standard's lift fault, nobody shut in now (not while someone is still inside).
    /// </summary>
    public static bool LiftWentOnOrEveryoneOut(string text) =>
        LiftCue().IsMatch(text) && (LiftWentOn().IsMatch(text) || GotOutOfTheLift().IsMatch(text)) && !StillInTheLift().IsMatch(text);

    [GeneratedRegex("又(接着|继续)?(往下|往上|向下|向上)?(走|跑|动|运行)(了|起来)|(自己)?又(正常|好)了|恢复(了)?(正常|运行)|又能(走|用|动)了")]
    private static partial Regex LiftWentOn();

    [GeneratedRegex("(我们|我|俩|都|大家|人)(现在|已经|都|也|赶紧|已)*(出来了|走出来了|下来了|出去了)|门开了[^。.!！?？]{0,6}(我|我们|人|都)(赶紧|就|马上)?(跑)?出来了")]
    private static partial Regex GotOutOfTheLift();

    [GeneratedRegex("还有人(被)?(关|困|卡)|里面(还)?有(个)?人(?!在坐|在等)|想(爬|钻)?出来|还(被)?(关|困|卡)?在里面|(孩子|小孩|老人|他|她|我妈|我爸|我老公|我老婆)(还|仍)[^，。,.!！?？]{0,4}里面|出不来|打不开")]
    private static partial Regex StillInTheLift();

    /// <summary>
    /// "8栋充电棚有个插座没电了": a socket, a light or a charger with no power and nothing else — no spark, smoke, heat or
    /// shock, and nobody who depends on the power (an oxygen machine, a freezer of insulin).
    /// </summary>
    public static bool OnlyWithoutPower(string text) => NoPowerAtAFitting().IsMatch(text) && !DangerBesidesNoPower().IsMatch(text);

    [GeneratedRegex("(插座|插头|插孔|灯|开关|充电桩|充电口|充电器)[^，。,.!！?？]{0,6}(没电|不通电|没有电|不来电|不亮|没反应)")]
    private static partial Regex NoPowerAtAFitting();

    [GeneratedRegex("火花|冒烟|烟|焦|烫|糊|电到|电了一下|漏电|麻|着火|烧|爆|响|滋滋|啪|晕|倒|呼吸机|制氧机|氧气|透析|胰岛素|药|困|关在|水|他|她|人|孩子|小孩|老|爸|妈|叫|应")]
    private static partial Regex DangerBesidesNoPower();

    /// <summary>
    /// "早上看到6栋楼下停了辆消防车，现在走了，出啥事了？", "2栋门口围了一圈人，现在散了，刚才是出啥事了吗": what happened,
    /// asked once whatever was seen has gone.
    /// </summary>
    public static bool AsksWhatHappenedOnceItIsGone(string text) => GoneNow().IsMatch(text) && AsksWhatHappened().IsMatch(text);

    [GeneratedRegex("(现在|已经|后来|这会儿|一看|再看)(都|也|就)?(走了|散了|撤了|开走了|没人了|没了|不见了)")]
    private static partial Regex GoneNow();

    [GeneratedRegex("(出|发生)(了)?(啥|什么|甚么|咩)事|怎么回事|发生(了)?什么|是(干|在)(啥|什么|嘛)")]
    private static partial Regex AsksWhatHappened();

    [GeneratedRegex("(差点|差一点|险些|差点儿)[^，。,.!！?？]{0,6}(撞到|撞上|碰到)")]
    private static partial Regex NearMiss();

    [GeneratedRegex("吓(到|着|哭|坏)(了)?(好几个|几个|一群|不少)?(小孩|孩子|小朋友|老人|人|我)|(把|让)[^，。,.!！?？]{0,6}吓(到|着|哭|坏|了一跳)|吓了[^，。,.!！?？]{0,3}一(大)?跳")]
    private static partial Regex OnlyAFright();

    [GeneratedRegex("受伤|流血|骨折|晕|倒地|起不来|送医院|120|扔|掉|砸|坠")]
    private static partial Regex SomeoneHurt();

    [GeneratedRegex("(我的|我)心[^，。,.!！?？]{0,4}(被你|为你|因你)|心(都)?被你[^，。,.!！?？]{0,3}(点燃|点着|燃烧|融化|偷走)")]
    private static partial Regex LoveLine();

    [GeneratedRegex(@"(?i)\b(lift|elevator)s?\b")]
    private static partial Regex LiftInEnglish();

    [GeneratedRegex(@"(?i)\b(we|everyone|everybody|all of us|they)('re| are| have| all)? ?(all )?(got )?(out|off)( now| already| safely)?\b|\bnobody (is )?(inside|in it|trapped)\b|\bno one (is )?(inside|in it|trapped)\b")]
    private static partial Regex EveryoneOut();
}
