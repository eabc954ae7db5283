using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 90's classes, from the estate's public works: a painters' gondola swinging, slipping or tilting with people on
/// it (in English too), a tree or a pole being cut that leans over people passing below, water pouring into the switch
/// room, and a power cut or a breaker that will not stay up told in English. Round 91's: a flat full of smoke that is
/// still smoking, told in English; someone beaten until they bleed; a fire-alarm light flashing with smoke smelled; a
/// wheelchair or a pram rolled into the road; a gas hob or pipe leaking while the kitchen goes on cooking.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"吊篮被风吹得一直晃，上面还有两个师傅", "吊篮一头滑下来了…上面的工人抓着绳子".</summary>
    [GeneratedRegex("(?<!空)(吊篮|吊籃|吊船)[^。.!！?？]{0,24}(晃|摆|转圈|打转|撞|歪|斜|滑下|滑了|往下滑|一头(掉|滑|斜|歪|翘|低))(?=[^。.!！?？]{0,40}((上面|里面|里头)(还)?(有|站着|坐着)?[^。.!！?？，,没无空]{0,3}(人|工人|师傅)|(工人|师傅)[^。.!！?？]{0,6}(在上面|在里面|抓着|抱着|拽着|喊|吊在)))")]
    private static partial Regex GondolaSwingingWithPeopleOnIt();

    [GeneratedRegex(@"\b(gondola|cradle|platform)\b[^.!?]{0,40}\b(swing|swinging|sways|swaying|tilt|tilting|tilted|slipped|slipping|spinning|banging)\b(?=[^.!?]{0,60}\b(workers?|guys|men|people|painters?|someone) (on|in) (it|there)\b|[^.!?]{0,60}\b(two|three|\d) (guys|workers|men|painters)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GondolaSwingingInEnglish();

    /// <summary>"那棵树锯了一半往路上倒，下面还有小孩在走": something heavy leaning over people below.</summary>
    [GeneratedRegex("(树|树干|树枝|大树|电线杆|灯杆|路灯杆|广告牌)[^。.!！?？]{0,16}(往|朝|向)[^。.!！?？]{0,8}(倒|歪|倾|压)[^。.!！?？]{0,4}(?=[^。.!！?？]{0,20}(下面|底下|下边|旁边|树下)[^。.!！?？]{0,4}(有人|有个|还有|人在|小孩|老人|孩子|行人|有车))")]
    private static partial Regex LeaningOverPeopleBelow();

    /// <summary>"水已经流进地下室配电房了": water reaching the switchgear.</summary>
    [GeneratedRegex("水[^。.!！?？快将要]{0,12}(?<!会)(流|灌|漫|淹|渗|冲|进)(进|到|入|了)?[^。.!！?？]{0,6}(配电房|配电室|配电间|电房|强电井|强电间|变电房|变压器房|开关房)")]
    private static partial Regex WaterIntoTheSwitchRoom();

    /// <summary>"the power in my flat went off", "the main breaker won't stay up".</summary>
    [GeneratedRegex(@"\bpower (in|at) (my|our|the) (apartment|flat|unit|home|house|place|room)s? (just |suddenly |has )?(went|gone|is|has gone|keeps going) (out|off)\b|\b(breaker|main switch|trip switch|circuit breaker)s?\b[^.!?]{0,20}\b(won'?t|will not|doesn'?t|does not|can'?t|cannot) (stay|go|be pushed|be reset|reset|be switched)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PowerOffAtHomeInEnglish();

    [GeneratedRegex(@"\b(flat|apartment|room|kitchen|house|home|place|corridor|hallway) is (full of|filling with|filled with) smoke\b|\bstill smoking (a lot|heavily|badly|like crazy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FullOfSmokeInEnglish();

    /// <summary>"保安被打出血了", "被人打得头破血流".</summary>
    [GeneratedRegex("被(人)?(打|砍|捅|揍)(得)?(出血|流血|头破血流|满脸是血|满头是血|倒在地上|晕过去|晕了)")]
    private static partial Regex BeatenBleeding();

    /// <summary>"消防报警灯在闪，还有烟味": the alarm seen (or heard) with smoke smelled or seen.</summary>
    [GeneratedRegex("(报警灯|警报灯|消防灯|火警灯|报警器|警铃|火警)[^。.!！?？]{0,10}(闪|响|叫)[^。.!！?？]{0,12}(烟味|有烟|冒烟|焦味|烧焦)")]
    private static partial Regex AlarmWithSmokeSmelled();

    /// <summary>"奶奶坐轮椅从坡道滚到马路上了，车来车往的".</summary>
    [GeneratedRegex("(轮椅|婴儿车|童车|推车)[^。.!！?？]{0,12}(滚|滑|冲|溜)(到|进|下)(了)?(马路|路中间|车道|大马路)")]
    private static partial Regex RolledIntoTheRoad();

    /// <summary>"灶台那边好像有点漏气…还在照常炒菜": a gas appliance leaking.</summary>
    [GeneratedRegex("(灶台|炉灶|灶头|气管|燃气管|煤气管|燃气灶|煤气灶|液化气|气罐|气瓶|煤气罐|燃气表|煤气表)[^。.!！?？]{0,8}漏气")]
    private static partial Regex GasApplianceLeaking();
}
