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

    /// <summary>"2栋电梯停了，上面好多老人下不来，没人被关在里面": a stopped lift the owner says nobody is shut in.</summary>
    public static bool LiftSaidEmpty(string text) => LiftCue().IsMatch(text) && EmptyLift().IsMatch(text);

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
