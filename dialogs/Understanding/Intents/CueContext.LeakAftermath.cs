using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 101's class: a leak named as the matter of its aftermath, not water coming in now — "漏水的事推来推去", "修漏水的师傅",
/// "漏水造成的损失", "漏水那个月水费几百块", "楼上漏水那家又开始装修", "漏水三个月了", "漏水已经停了", and the repair of one ("修楼上漏水把我家吊顶拆了"). An owner told by a neighbour that they leak ("楼下说我家漏水漏到他家…还在滴")
/// may be leaking now: that stays urgent.
/// </summary>
internal static partial class CueContext
{
    /// <summary>True when the water cue at <paramref name="index"/> names the leak as the matter talked about.</summary>
    internal static bool LeakNamedAsTheMatter(string text, int index, int length)
    {
        var cue = text.AsSpan(index, length);
        if (!cue.Contains('漏'))
        {
            return false;
        }

        var start = ClauseStart(text, index);
        var after = text.AsSpan(index + length, Math.Min(8, text.Length - index - length));
        return LeakAsTheMatterAfter().IsMatch(after) || LeakAsTheMatterBefore().IsMatch(text.AsSpan(start, index - start));
    }

    [GeneratedRegex("^(的事|的事情|的问题|的损失|的赔偿|造成的|那家|那户|那个月|的那个月|的师傅|理赔|赔偿|险|我找|(已经)?(有)?(好几个|三个|两个|几个)月|(已经)?停了|(已经)?修好|(已经)?干了|干了以后|之后|以后|那次)")]
    private static partial Regex LeakAsTheMatterAfter();

    [GeneratedRegex("(?<!维)(修|协调)[^，。,.!！?？]{0,3}$")]
    private static partial Regex LeakAsTheMatterBefore();
}
