using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger in the heat, the flood and the storm, told by what is seen: someone vomiting and pale in the sun, someone
/// lying still, someone gone into a flooding garage and not answering, things flung from a roof over people, a head
/// hurt in a fall, a lift stopped with someone inside told in English.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"坐在长椅上一直吐，脸色发白": vomiting and pale (heatstroke, poisoning).</summary>
    [GeneratedRegex("(一直吐|吐了好几次|吐个不停|呕吐|吐得)(?=[^。.!！?？]{0,12}(脸色(发白|苍白|发青|发紫|很差)|站不起|叫不醒|中暑))|(脸色(发白|苍白|发青|发紫))(?=[^。.!！?？]{0,12}(吐|晕|喘不上|站不起))|中暑(晕|倒|了)")]
    private static partial Regex PaleAndVomiting();

    /// <summary>"他躺在地上一直没动", "躺在阳台地上不动": someone lying still.</summary>
    [GeneratedRegex("躺在[^，。,.!！?？]{0,6}(地上|地下|阳台|楼梯|门口|路边|地板)(?=[^，。,.!！?？]{0,4}(一直)?(没动|不动|没反应|起不来|动不了|叫不醒))")]
    private static partial Regex LyingStill();

    /// <summary>"老公下去地库挪车二十分钟了没上来，电话也打不通，B2的水已经很深了": someone out of reach where the water rises.</summary>
    [GeneratedRegex("(打不通|联系不上|不接电话|不回消息)(?=[^。.!！?？]{0,30}(水[^，。,.!！?？]{0,6}(很深|好深|漫|淹|涨)|被淹|淹了))|(水[^，。,.!！?？]{0,6}(很深|好深|漫上来|涨上来)|被淹|淹了)(?<=(打不通|联系不上|不接电话)[^。.!！?？]{0,30}(水[^，。,.!！?？]{0,6}(很深|好深|漫上来|涨上来)|被淹|淹了))")]
    private static partial Regex OutOfReachInAFlood();

    /// <summary>
    /// "一直往下甩铁片，楼下停车场有人在搬东西": things flung down with people below (a lift that 往下掉了一截 is a lift that
    /// dropped, <see cref="LiftDropped"/>).
    /// </summary>
    [GeneratedRegex("(?<!电梯[^。.!！?？]{0,12})(往下甩|往下飞|往下掉|甩下来|吹下来|刮下来|掉下来)(?=[^。.!！?？]{0,20}(有人|行人|人来人往|小孩|孩子|小朋友|老人|学生))|往(阳台|窗户|窗)外(面)?(扔|丢|抛)(?=[^。.!！?？]{0,20}(人行道|有人|行人|人来人往|小孩|孩子))")]
    private static partial Regex FlungOverPeople();

    /// <summary>"从楼梯上滑下来…抱着头哭说看不清东西": a head hurt in a fall, with signs.</summary>
    [GeneratedRegex("(抱着头|撞到头|磕到头|摔到头|撞了头|磕了头|头撞)(?=[^。.!！?？]{0,14}(看不清|吐|晕|流血|出血|没反应|叫不醒))")]
    private static partial Regex HeadHurtWithSigns();

    /// <summary>
    /// "My dad hasn't answered the door or his phone since this morning. He's 82 and lives alone": no answer from someone at
    /// risk. The negation stays outside the match (a lookbehind), or the cue would read as denied.
    /// </summary>
    [GeneratedRegex("(?<=(hasn'?t|has not|haven'?t|isn'?t|is not|not) (been )?)(answer|answering|answered|picking up|responding|opening)[^.!?]{0,60}(lives alone|living alone|elderly|\\b[6-9][0-9]\\b|years old|old (man|woman|lady)|check on)|(lives alone|living alone|elderly|\\b[6-9][0-9]\\b)[^.!?]{0,80}(hasn'?t|not) (been )?(answer|answering|answered|picking up|responding)", RegexOptions.IgnoreCase)]
    private static partial Regex NoAnswerInEnglish();

    /// <summary>"The lift stopped between floors with my mum inside": someone inside a stopped lift, in English.</summary>
    [GeneratedRegex("(?:电梯 )?(lift|elevator)[^.!?]{0,40}(stopped|stuck|stalled|broke down)[^.!?]{0,30}\\b(with (my|a|an|the|his|her|our) [a-z ]{0,20}inside|someone inside|people inside|kids? inside|(my|our|his|her) [a-z]{2,12} (is|are) (still )?inside)|(trapped|stuck) in the (?:电梯 )?(lift|elevator)", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneInsideALiftInEnglish();
}
