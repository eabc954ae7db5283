using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>Electrical danger the owner has already made safe, and asks to have checked: a repair to book, not a run.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "电热水器洗澡时水有点麻手，我已经关了热水器断了电，想约师傅来查下", "插头都烧黑了，还好…及时拔了…想找人来查一下线路":
    /// the power cut off or the plug pulled by the owner, a check asked for, and nothing still smoking or burning, nobody
    /// hurt by it and no hurry ("我儿子…被电到了…我已经把总闸拉了你们赶紧派个人过来" is still an emergency).
    /// </summary>
    public static bool MadeSafeAndAskedToCheck(string text) =>
        PowerCutOffByTheOwner().IsMatch(text) && CheckAskedFor().IsMatch(text) && !StillGoingOn().IsMatch(text);

    [GeneratedRegex("(关了|关掉了?|拉了|拉下来了|拉掉了?|断了|拔了|拔掉了?|断开了?)(的)?(总闸|电闸|空开|电源|插头|电)|(总闸|电闸|空开|电源|插头)[^，。,.!！?？]{0,4}(关了|关掉了|拉了|拉下来了|拉掉了|断了|拔了|拔掉了|断开了)|把电(断|关)(掉)?了|断电了|及时拔了|赶紧拔了|马上拔了|(?i:\\b(unplugged|switched off|turned off)( it| the (power|breaker|mains|heater))?\\b)")]
    private static partial Regex PowerCutOffByTheOwner();

    [GeneratedRegex("(约|预约|找|派|叫|安排)[^，。,.!！?？]{0,6}(师傅|电工|人)[^，。,.!！?？]{0,8}(查|检查|看|检修|修)|(查|检查|看)一下(线路|原因|是不是)|看看(为什么|是什么|原因|线路|是不是)|(?i:\\b(check|inspect|look at)\\b)")]
    private static partial Regex CheckAskedFor();

    [GeneratedRegex("还在(冒烟|冒火|烧|冒|响|漏电|发抖)|还有(烟|火|焦味|糊味|味)|火没灭|越来越|(被|让)电(到|着|伤|倒)|受伤|晕|发抖|赶紧|马上|立刻|快(派|来|点)|求求|救命|(?i:\\bstill (smoking|sparking|burning|smells?)\\b)")]
    private static partial Regex StillGoingOn();
}
