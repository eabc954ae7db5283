using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Alarm words from a game, a live stream, a scene or a computer: "水晶快爆了急急急", "队友救我！我倒了在房子里",
/// "主播家里停电了断播", "那一集男主在洪水里救人", "服务挂了急急急". Nobody at the estate is in danger, unless the writer names
/// their own home or flat (or, for a computer, the estate, or something smoking or burning).
/// </summary>
internal static partial class CueContext
{
    /// <summary>The message talks of a game being played, a streamer or a scene, and names neither the writer's home nor a flat.</summary>
    private static bool TalksOfAGameAStreamOrAScene(string text) =>
        (GameTalk().IsMatch(text) || StreamTalk().IsMatch(text) || SceneTalk().IsMatch(text) || ShowbizTalk().IsMatch(text) || (ComputerTalk().IsMatch(text) && !DeviceBurning().IsMatch(text) && !NamesEstatePlace(text)))
        && !OwnHomeOrFlat().IsMatch(text);

    /// <summary>
    /// "spark 任务 OOM", "整个服务起不来", "电脑卡死鼠标都动不了", "電腦中毒了": a computer's or a program's trouble, in the words
    /// <see cref="Code"/> (which counts without these conditions) does not already hold.
    /// </summary>
    [GeneratedRegex("\\b(oom|docker|k8s|kubernetes|deploy|staging|cpu|gpu|redis|mysql|sql|api|server|container)\\b|从库|主库|蓝屏|卡死|鼠标|键盘|电脑中毒|病毒|配置文件|进程|线上事故|回滚|扫地机器人|(服务|系统)(起不来|挂了|崩了)", RegexOptions.IgnoreCase)]
    private static partial Regex ComputerTalk();

    [GeneratedRegex("冒烟|烧焦|焦味|糊味|火花|着火|起火|冒火|烫手|鼓包|smok|spark(s|ing|ed)\\b|burning|fire", RegexOptions.IgnoreCase)]
    private static partial Regex DeviceBurning();

    [GeneratedRegex("排位|上分|开黑|回防|推塔|打野|野怪|团战|开团|兵线|段位|掉段|[五双三]排|队友|偷家|复活甲|毒圈|空投|残血|一丝血|水晶(快|要)?(爆|没|被推)|对面[一二三四五两几1-5]个人|[AB](大|小|点|包点)(有人|被|快)|被包了|下包|拆包|轰炸区|boss|副本|(我的|游戏)?角色(卡|被困|死|掉)|地图(上|里|右|左)|抗火药|(回血|回蓝|红|蓝|抗火|隐身|治疗|力量)药水|关卡|通关|存档|npc|饥荒|缺氧|城市天际线|胡闹厨房|恐怖游戏|手游|端游|gta|网吧", RegexOptions.IgnoreCase)]
    private static partial Regex GameTalk();

    [GeneratedRegex("主播|直播间|下播|断播|开播|连麦|弹幕|up主|博主", RegexOptions.IgnoreCase)]
    private static partial Regex StreamTalk();

    /// <summary>Round 52's general-domain class: stars, shows and fans ("哪个明星被困在电梯里过", "中餐厅里厨房着火是哪一季", "the fandom is on fire").</summary>
    [GeneratedRegex("明星|歌手|爱豆|偶像|网红|艺人|综艺|剧组|演唱会|(?<![吃煮炒])粉丝(?![煲汤粉])|饭圈|塌房|房子塌了是哪|哪一季|第[0-9一二三四五六七八九十]{1,2}季|(哪|那|这)一期|哪部(剧|电影|片)|片叫(啥|什么)|那个片|恐怖片|电影里|剧里|选秀|练习生|出道|男团|女团|热搜|舞台(?=(表现|效果|实力|魅力|直拍|太|真|好绝|好炸))|出场|登台|向往的生活|中餐厅|极限挑战|\\b(fandom|idol|celebrit(y|ies)|k-?pop|concert)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShowbizTalk();

    [GeneratedRegex("男主|女主|男二|女二|反派|主角|(这|那|上|下)一?集|第[0-9一二三四五六七八九十]{1,3}集|(这|那)一?章|追剧|这剧|这部剧|番剧|网剧|动漫|漫画|拍戏|片场|演员|特效|预告片|大结局|师尊|(这个|故事|小说|剧的?)开头")]
    private static partial Regex SceneTalk();

    [GeneratedRegex("我家|我们家|咱家|我屋|我房间|我住|本人|我(这|这边|楼上|楼下|隔壁)|[0-9一二三四五六七八九]+(栋|号楼|单元)|[0-9]{3,4}(室|房)")]
    private static partial Regex OwnHomeOrFlat();
}
