using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 39's classes, from safety and security, the shared outdoor spaces and works done by the estate: someone who
/// followed the writer home and is still about; a family sick from a generator or charcoal burning indoors; playground
/// equipment broken to a sharp edge while children play on it; a trench or pit filled with water so its depth cannot
/// be seen where people walk; a lock tried again and again with the one who tried it still at the door.
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(跟着我|跟踪我|尾随我|跟我到|跟了我|一路跟)[^。.!！?？]{0,30}((现在|还在)[^。.!！?？]{0,12}(门外|门口|楼下|外面|附近|转|等|守|徘徊)|不敢(进|出|回|下|上))")]
    private static partial Regex FollowedHomeAndStillAbout();

    [GeneratedRegex("(发电机|炭火|烧炭|炭盆|木炭|煤炉|蜂窝煤|火锅炭)[^。.!！?？]{0,24}(头痛|头疼|头晕|想吐|恶心|呕吐|晕倒|犯困|没力气)")]
    private static partial Regex FumesFromBurningIndoors();

    [GeneratedRegex("(秋千|滑梯|跷跷板|攀爬架|转椅|摇摇椅|健身器材|单杠|双杠|漫步机)[^。.!！?？]{0,16}(断了|断裂|裂开|尖口|锋利|露出|翘起|脱落|松脱|快断)[^。.!！?？]{0,24}(还有|都是|好多|有)(小孩|孩子|小朋友|人)(在)?(上面|上头|那|那里)?(玩|荡|坐|爬|用|练)")]
    private static partial Regex PlayEquipmentSharpWhileInUse();

    [GeneratedRegex("(沟|坑|基坑|槽)[^，。,.!！?？]{0,8}(灌满|积满|全是水|满是水|积了水|都是水)[^。.!！?？]{0,16}(看不(出|清|见)(深浅|多深|底)|不知道(有)?多深)")]
    private static partial Regex WaterHidingADitch();

    [GeneratedRegex("(试开|试锁|撬锁|撬门|拧门|开锁|按密码)[^。.!！?？]{0,30}(还|一直|仍然)(蹲|站|守|躲|在)(在)?(我家)?(门口|门外|门前)")]
    private static partial Regex TriedTheLockAndStillThere();
}
