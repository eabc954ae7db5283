using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Water words that report no leak or flood to fix now (round 94): whether the water has gone down, asked ("B2积水退了没有？");
/// standing water swept or poured onto someone below ("楼上把阳台积水往下扫"), a neighbour's doing; water named as the
/// cause of other damage ("地砖空鼓…估计是泡水泡的").
/// </summary>
internal static partial class CueContext
{
    private static bool WaterAskedGoneSweptOrBlamed(string text, int index, int length)
    {
        var after = text.AsSpan(index + length, Math.Min(6, text.Length - index - length));
        return AskedWhetherGone().IsMatch(after) || SweptDown().IsMatch(text) || (BlamedOnWater().IsMatch(text) && !WaterStillComing().IsMatch(text));
    }

    [GeneratedRegex("^(了)?[^，。,.!！?？]{0,2}(退了没|退了吗|退没退|消了没|消了吗|退下去没|退下去了没|排干了没|抽干了没|抽完了没)")]
    private static partial Regex AskedWhetherGone();

    [GeneratedRegex("(把|将)[^，。,.!！?？]{0,6}积水[^，。,.!！?？]{0,3}(往下|往楼下|往外|往我家)?(扫|泼|倒|冲|推|扫到|泼到)")]
    private static partial Regex SweptDown();

    [GeneratedRegex("泡水泡的|被水泡的|(是|估计是|可能是|应该是|怕是)[^，。,.!！?？]{0,3}(泡水|泡了水)(泡|造成|导致|引起|弄)的")]
    private static partial Regex BlamedOnWater();

    [GeneratedRegex("还在(漏|渗|滴|流|冒)|一直在(漏|渗|滴|流|冒)|往下滴|漏个不停")]
    private static partial Regex WaterStillComing();

    /// <summary>"B2积水退了没有？我车还在下面": whether the water went down, asked.</summary>
    [GeneratedRegex("(积水|洪水|水)[^，。,.!！?？]{0,2}(退了没|退了吗|退没退|退下去没|退下去了没)")]
    private static partial Regex AsksWhetherTheWaterWentDown();
}
