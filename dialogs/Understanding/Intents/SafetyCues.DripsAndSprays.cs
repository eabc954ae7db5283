using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>Water coming in now, in the words that name no leak: a ceiling dripping, a valve or a pipe spraying.</summary>
internal static partial class SafetyCues
{
    /// <summary>"天花板在滴水！", "卫生间吊顶一直往下滴水": water coming through the ceiling now.</summary>
    [GeneratedRegex("(天花板|天花|吊顶|屋顶)[^，。,.!！?？]{0,4}(在|一直|不停(地|的)?|还在)(滴水|往下滴水|往下滴|滴下来|淌水)")]
    private static partial Regex CeilingDrippingNow();

    /// <summary>"角阀又漏了，现在在滋水": a valve, a pipe or a tap spraying water.</summary>
    [GeneratedRegex("(角阀|阀门|水阀|水管|管子|接头|软管|水龙头|龙头)[^，。,.!！?？]{0,6}(在|一直|不停(地|的)?|还在)?(滋水|呲水|飙水|喷水)|(现在|一直|不停(地|的)?|还在)在?(滋水|呲水|飙水)")]
    private static partial Regex ValveSprayingWater();
}
