using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>Appliances and fittings of the writer's own home, told as theirs ("家里新风机", "我家卧室的暖风机").</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "家里新风机嗡嗡响了一整天": a fitting of the writer's own home, however loud — a home repair, not the estate's plant
    /// room (风机, 水泵) the model learned droning as.
    /// </summary>
    public static bool NamesAnApplianceOfOwnHome(string text) => ApplianceOfOwnHome().IsMatch(text);

    [GeneratedRegex("(我家|我们家|家里|家裏|屋里|屋企|我屋)(的|里的|里|那个|这个|卧室的?|客厅的?|厨房的?|卫生间的?|浴室的?)?(新风机|新风系统|新风|暖风机|浴霸|排气扇|换气扇|空调|热水器|冰箱|洗衣机|抽油烟机|油烟机|地暖)")]
    private static partial Regex ApplianceOfOwnHome();
}
