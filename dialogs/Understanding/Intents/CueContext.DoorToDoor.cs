using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>A caller going from door to door: a matter for security, not a neighbour's noise.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "他现在还在楼道里一家一家敲门，你们能不能叫保安上来看一下？", "有个陌生人挨家挨户敲门说是查燃气表的": someone knocking on
    /// every door (or a stranger at the doors) is a caller for security to check, not a neighbour disturbing the owner's
    /// rest; "楼上小孩一直敲门敲墙" is the neighbour.
    /// </summary>
    public static bool CallerGoingDoorToDoor(string text) => DoorToDoor().IsMatch(text);

    /// <summary>"能不能派保安来看看", "叫保安上来": the guards asked to come.</summary>
    public static bool AsksForSecurity(string text) => SecurityAskedFor().IsMatch(text);

    [GeneratedRegex("(叫|派|让|喊|请)[^，,。.!！?？]{0,3}(保安|安保|巡逻)|保安[^，,。.!！?？]{0,4}(来|上来|过来)|\\b(send|call) (security|a guard)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecurityAskedFor();

    [GeneratedRegex("(一家一家|一家家|挨家挨户|一户一户|一户户|逐户|每家每户|每一户)[^，,。.!！?？]{0,4}(敲|按门铃|推销|查|问)|(陌生人|不认识的(人|男的|女的)|陌生男子|陌生男人|陌生女人)[^，,。.!！?？]{0,10}(敲门|按门铃|拍门)|(冒充|假冒|自称是?)[^，,。.!！?？]{0,10}(燃气|煤气|物业|查表|抄表|维修|工作人员)|\\bdoor to door\\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoorToDoor();
}
