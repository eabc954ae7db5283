using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A fire named as an event (round 96): "这次火灾业主群里问什么都没人回", "保险公司让物业开个火灾情况说明", "火灾都过去一个礼拜了",
/// "以后再有火警，我们9栋应该到哪里集合" — the fire that was, or one that may come, is what the message is about, not a
/// fire now. And smoke that spreads where people are is no cigarette's: "好浓的烟味，好像是隔壁家门缝里出来的",
/// "fire alarm一直响，楼道有烟味".
/// </summary>
internal static partial class CueContext
{
    /// <summary>True when the fire word at <paramref name="index"/> names a past fire, or one to come, as an event.</summary>
    private static bool FireNamedAsAnEvent(string text, int index, int length)
    {
        var cue = text.AsSpan(index, length);
        if (!FireWord().IsMatch(cue))
        {
            return false;
        }

        var before = text.AsSpan(Math.Max(0, index - 6), Math.Min(6, index));
        var after = text.AsSpan(index + length, Math.Min(8, text.Length - index - length));
        return ThatFire().IsMatch(before) || FireToCome().IsMatch(before) || AfterTheFireWord().IsMatch(after);
    }

    /// <summary>
    /// True when the smoke in the message spreads where people are — out of a door or a vent, thick, choking, or with an
    /// alarm ringing — and no cigarette, cooking or incense is named: the smoke of a fire, not everyday smoke.
    /// </summary>
    public static bool SmokeSpreadsWherePeopleAre(string text) => SmokeOfAFire().IsMatch(text) && !SmokeWithASource().IsMatch(text);

    [GeneratedRegex("火灾|火警|失火|着火|起火")]
    private static partial Regex FireWord();

    [GeneratedRegex("(这次|那次|上次|上回|这场|那场|这回|那回|前几天|上周|上个月|去年|昨天|前天)(的)?$")]
    private static partial Regex ThatFire();

    [GeneratedRegex("(以后|下次|将来|万一)?(再有|再发生|再出现|再来)$")]
    private static partial Regex FireToCome();

    [GeneratedRegex("^(都|已经|早就|也)?(过去|过了)|^(的)?(情况说明|事故认定|认定书|认定|原因|证明|理赔|调查|损失|善后|受灾|以来)")]
    private static partial Regex AfterTheFireWord();

    [GeneratedRegex("(门缝|门底下|门下面|通风口|排气口|风口|窗缝|管道井|电井)(里|里面)?[^，。,.!！?？]{0,4}(冒|飘|钻|涌|灌)(出来|进来)?[^，。,.!！?？]{0,2}烟|烟[^，。,.!！?？]{0,16}(门缝|门底下|通风口|排气口|风口|窗缝|管道井|电井)(里|里面)?[^，。,.!！?？]{0,4}(出来|冒出来|飘出来|灌进来|冒进来|钻进来)|(好|很|特别|超|这么)浓的烟|烟味(好|很|特别|超)浓|浓烟|黑烟|烟(?!味|头|蒂)[^，。,.!！?？]{0,6}(呛|睁不开)|(?i:fire alarm)|(火警|警铃|警报|烟感)[^，。,.!！?？]{0,6}(一直|还在|在|狂)?响[^。.!！?？]{0,20}烟")]
    private static partial Regex SmokeOfAFire();

    [GeneratedRegex(SafetyCues.EverydaySmoke)]
    private static partial Regex SmokeWithASource();
}
