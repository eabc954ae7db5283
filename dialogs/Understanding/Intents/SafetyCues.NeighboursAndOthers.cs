using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger told between neighbours and second-hand (round 22): a thud next door and then nobody answers, smoke filling
/// the stairwell or the corridor.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>
    /// "隔壁咚一声很响，之后就没动静了，她老公打电话她也不接": a fall heard, and the person does not answer now. The cue is the
    /// thud: the silence after it is said with 没, which would read as a denial inside the cue.
    /// </summary>
    [GeneratedRegex("(咚|砰|扑通|哐|嘭|很响)(的)?一声(?=[^。.!！?？]{0,40}(不接电话|电话(也|都)?不接|电话没人接|不接|敲门(也|都)?没(人)?(应|反应|开)|没人(应|开门)|不开门|喊(她|他)?(也|都)?没(人)?(应|反应)|叫(她|他)?(也|都)?没(人)?(应|反应)))|(?<=(不接电话|电话(也|都)?不接|敲门(也|都)?没(人)?(应|反应)|没人开门)[^。.!！?？]{0,30})(咚|砰|扑通|哐|嘭|很响)(的)?一声")]
    private static partial Regex ThudThenNoAnswer();

    /// <summary>"满楼道都是烟", "走廊里全是烟，人不在家": smoke filling a shared way or a room now (not a smell, not cigarettes).</summary>
    [GeneratedRegex("(满|整个|一)(楼道|走廊|楼梯间|楼梯|过道|单元|楼层|屋子?|房间)(里)?(都是|全是|都)(烟|浓烟)(?![味头灰瘾])|(楼道|走廊|楼梯间|过道)(里)?[^，。,.!！?？]{0,4}(全是|都是|好多|好大的?|很多|很大的?|浓)烟(?![味头灰瘾])|(楼道|走廊|楼梯间|过道|电梯厅|消防通道|安全通道)(里)?[^，。,.!！?？]{0,2}(有烟|进烟|冒烟)(?![味头灰瘾])[^。.!！?？]{0,6}(呛|看不清|睁不开|越来越|往上(飘|冒|窜))|烧干锅|锅(都)?烧干了|干烧(了|着)")]
    private static partial Regex SmokeFillingTheWay();
}
