using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Animals that are no one's pets, and doors that move on their own: an animal attacking, stinging or cornering someone
/// now, or right beside a child; a revolving door, turnstile, shutter or gate holding someone; and the same animals or
/// doors threatening people in the common parts before anyone is hurt.
/// </summary>
internal static partial class SafetyCues
{
    private const string WildAnimal = "(蛇|毒蛇|马蜂|胡蜂|黄蜂|野蜂|蜜蜂|蜂(?!蜜|王浆)|野猪|猴子|猴|野狗|流浪狗|疯狗|狗)";

    private const string PersonNear = "(孙子|孙女|外孙|孩子|小孩|儿子|女儿|宝宝|小朋友|娃|老人|我妈|我爸|婆婆|奶奶|爷爷|外婆|外公)";

    /// <summary>
    /// "马蜂飞进我家好多只，我两岁的儿子被蛰了正在哭，手肿了一圈", "马蜂把我儿子蛰了": stung or bitten, the animal named
    /// before, now (not "不严重").
    /// </summary>
    [GeneratedRegex("(" + WildAnimal + "[^。.!！?？]{0,30}(" + PersonNear + "|我|他|她|有人|人)[^，。,.!！?？]{0,4}被|" + WildAnimal + "把[^，。,.!！?？]{0,6}" + PersonNear + "(的[^，。,.!！?？]{1,3})?(给)?)(蛰|蜇|叮|咬|抓)(了|伤|到|得|破)(?![^。.!！?？]{0,10}(不严重|没事|没大碍|还好))")]
    private static partial Regex StungAfterTheAnimalWasNamed();

    /// <summary>
    /// "野猪往人堆那边冲", "有只猴子进了我家…被它堵在厨房里，它在抓她": a wild animal charging at people or attacking someone
    /// it has cornered.
    /// </summary>
    [GeneratedRegex("(野猪|猴子|猴|野狗|流浪狗|疯狗|狗群|一群狗|牛)[^。.!！?？]{0,14}(往|朝|向)[^，。,.!！?？]{0,6}(人|人群|人堆|孩子|小孩|老人|学生|我们)(那边|那里|这边)?[^，。,.!！?？]{0,4}(冲|扑|追|撞)(过去|过来)?|被(它|它们|猴子|野猪|狗)(堵|困|围|逼)(在|住)|(?<=(野猪|猴子|野狗|流浪狗|疯狗)[^。.!！?？]{0,30})(它|它们)(往|朝|向)[^，。,.!！?？]{0,6}(人|人群|人堆|孩子|小孩|老人|学生)(那边|那里|这边)?[^，。,.!！?？]{0,4}(冲|扑|追|撞)(过去|过来)?|(它|它们|猴子|野猪)(在|正在|一直|还在)(抓|咬|扑|挠|撕|追)(她|他|人|我|孩子|小孩|老人)")]
    private static partial Regex WildAnimalAttacking();

    /// <summary>"草坪上有条好长的蛇…我孙子就在那个草坪上玩球，离得很近": a snake, wasps or a wild animal right beside a child or an old person.</summary>
    [GeneratedRegex("(蛇|马蜂|胡蜂|黄蜂|蜂群|野猪)[^。.!！?？]{0,40}" + PersonNear + "[^。.!！?？]{0,16}(离得很近|离得特别近|就在旁边|脚边|跟前|身边|一米|几步)|" + PersonNear + "[^。.!！?？]{0,10}(旁边|脚边|跟前|身边)[^，。,.!！?？]{0,6}(有条|一条|爬着)(蛇)")]
    private static partial Regex WildAnimalBesideAChild();

    /// <summary>"旋转门夹住小孩手了", "卷帘门压住了一个人的腿": a powered door or gate holding someone now.</summary>
    [GeneratedRegex("(旋转门|闸机|门翼|自动门|感应门|卷帘门|车库门|电动门|伸缩门|平移门|道闸)[^。.!！?？]{0,8}(?<!差点|差一点|险些|没)(夹住|夹着|压住|压着|卡住)(了)?[^，。,.!！?？]{0,6}(手|脚|腿|胳膊|手指|头|人|孩子|小孩|小朋友|老人|宝宝)|(旋转门|闸机|门翼|自动门|感应门|卷帘门|车库门|电动门|伸缩门|平移门|道闸)把[^，。,.!！?？]{0,10}(手|脚|腿|胳膊|手指|头|人|孩子|小孩|小朋友|老人|宝宝)(给)?(夹住|压住|卡住)|(手|脚|腿|胳膊|手指|孩子|小孩|小朋友|老人|宝宝)[^，。,.!！?？]{0,4}被(旋转门|闸机|门翼|自动门|感应门|卷帘门|车库门|电动门|伸缩门|平移门|道闸)(夹住|压住|卡住)")]
    private static partial Regex PoweredDoorHoldingSomeone();

    /// <summary>"闸机人还没走过去门翼就合上，刚夹了我家孩子一下", "一群猴子冲路过的人龇牙": a door or an animal in the common parts threatening people, nobody held or hurt yet.</summary>
    [GeneratedRegex("(闸机|门翼|旋转门|自动门|感应门|卷帘门|伸缩门|平移门)[^。.!！?？]{0,24}(夹(了|到)[^，。,.!！?？]{0,6}(人|孩子|小孩|老人|一下)|夹人|压人)|(猴子|猴群|野猪|野狗|流浪狗|狗群|一群狗)[^。.!！?？]{0,20}(龇牙|冲人叫|冲着人叫|追人|扑人|拦路|追着人)")]
    private static partial Regex ThreateningPeopleInTheCommonParts();

    /// <summary>"my son got stung 5 times and his arm is swelling fast": stung or bitten, with the body reacting now.</summary>
    [GeneratedRegex(@"\b(stung|bitten|bit)\b[^.!?]{0,40}\b(swell(ing)?|swollen|bleeding|can'?t breathe|allergic|crying)\b|\b(hornets?|wasps?|bees?|snakes?|dogs?|monkeys?|boars?)\b[^.!?]{0,20}\b(attacking|chasing|biting|stinging)\b[^.!?]{0,12}\b(people|kids?|children|my|him|her|someone)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StungAndSwellingInEnglish();
}
