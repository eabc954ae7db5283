using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Works the estate itself does ("你们在2栋刷楼道的墙，白漆溅得我家门上都是", "物业找的工人换水管把楼道弄得一地泥"): what they
/// spoil or leave behind is a complaint about the company's service, not about a neighbour.
/// </summary>
internal static partial class CueContext
{
    /// <summary>The message blames works done by the estate (you, the property company, its workers) and names no neighbour.</summary>
    public static bool BlamesTheEstatesOwnWorks(string text) => EstatesWorks().IsMatch(text) && !ANeighbourNamed().IsMatch(text);

    [GeneratedRegex("(你们|物业)(公司)?(在|的人|的工人|找的|请的|派的|安排的)?[^，。,.!！?？]{0,10}(刷墙|刷漆|粉刷|刷楼道|刷外墙|喷漆|施工|换水管|换管子|挖|打药|剪树|修剪|铺路|搭脚手架|装修楼道|改造)")]
    private static partial Regex EstatesWorks();

    [GeneratedRegex("楼上|楼下|隔壁|邻居|对门|对面那家|[0-9]{3,4}(室|那家|的人)")]
    private static partial Regex ANeighbourNamed();
}
