using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 96: someone who lives alone and has not answered for days ("我家老头独自住在9栋201，这两天电话不接…赶紧去敲门");
/// sparks crackling and flashing in a meter well or an electrical box; a stranger forcing his way in at the door ("他把脚卡在
/// 门缝里不让我关门"); a small child left inside behind a door that shut or locked on the adult ("门被风一带就关上了，钥匙在屋里，
/// 宝宝还在里面床上睡觉"). Read in its context by <see cref="CueContext"/>.
/// </summary>
internal static partial class SafetyCues
{
    private const string LivesAlone = "(独自|一个人|独居|自己一个人)(住|在家|生活)?";

    private const string DaysWithoutAnswer = "(两|俩|几|好几|[0-9一二三四五六七八九十]+)天(了)?[^，。,.!！?？]{0,6}(电话|微信|视频|打电话)?(都|也)?(不接|没人接|没接|打不通|不回|没回|联系不上|没人应|没动静)";

    /// <summary>"我妈一个人住，两天没接电话了", "独居的老人…这几天电话都打不通": someone alone, unreachable for days (the match is "alone", so the 没 of 没接 reads as no denial).</summary>
    [GeneratedRegex(LivesAlone + "(?=[^。.!！?？]{0,24}(" + DaysWithoutAnswer + "|(电话|微信)(都|也)?(不接|没人接|打不通|联系不上)[^。.!！?？]{0,8}(两|俩|几|好几|[0-9一二三四五六七八九十]+)天))")]
    private static partial Regex AloneAndUnreachableForDays();

    /// <summary>"电表井里一直有啪啪的放电声，还一闪一闪的": electricity arcing in a box or a shaft.</summary>
    [GeneratedRegex("(电表井|电井|电表箱|电箱|配电箱|电表|电闸|电缆井|强电井|配电柜)(里|里面)?[^。.!！?？]{0,12}(放电|打火|啪啪|噼啪|噼里啪啦|滋滋|劈啪)[^。.!！?？]{0,12}(一闪一闪|在闪|闪光|闪|火花|火星|亮光|蓝光)")]
    private static partial Regex ArcingInAnElectricalBox();

    /// <summary>"他把脚卡在门缝里不让我关门", "硬要闯进来": someone forcing a way in now.</summary>
    [GeneratedRegex("(把)?脚(卡|伸|插|抵)(在|进)(了)?门缝|不让我关门|(硬|强行)(要)?(进|闯)(来|进来|我家|屋里|家里)|闯进(了)?(我家|屋里|家里)")]
    private static partial Regex ForcingTheDoor();

    /// <summary>"门被风一带就关上了，钥匙在屋里，宝宝还在里面": a small child inside a home the adult is shut out of.</summary>
    [GeneratedRegex("(?<=(门|钥匙)[^。.!！?？]{0,12}(关上了|锁上了|锁在(屋里|里面|家里)|在屋里|在里面|在家里|反锁|带上了|进不去)[^。.!！?？]{0,20})(宝宝|孩子|小孩|婴儿|娃|小朋友|儿子|女儿)[^，。,.!！?？]{0,4}(还|一个人|自己)?在(里面|屋里|家里|房间里|里头|床上)")]
    private static partial Regex SmallChildInsideTheLockedHome();

    /// <summary>
    /// "隔壁2204的小孩从八点多一直哭到现在…敲了好几次门都没人开，早上看见他爸妈拎着包出门了": a small child crying alone in a
    /// home no adult answers from.
    /// </summary>
    [GeneratedRegex("(小孩|孩子|宝宝|娃|小朋友)[^。.!！?？]{0,40}(一直(在)?哭|哭了(好久|很久|一个多?小时|半天)|哭到现在|哭个不停|哭着喊|喊妈妈)(?=[^!?！？]{0,80}(敲[^，。,.!！?？]{0,8}门[^，。,.!！?？]{0,6}(没人|都没人|没有人)(开|应)|家里没大人|没有大人|(爸妈|父母|大人|他妈|他爸)[^，。,.!！?？]{0,10}(出门|出去|走了|不在)))")]
    private static partial Regex SmallChildCryingAlone();
}
