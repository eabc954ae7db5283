using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 65's classes: things thrown down where people are below, someone swarmed or stung by wasps, a fire caught from
/// what was burnt, a hand or foot caught in a trap and turning purple, someone hanging where they cannot get down, a
/// small child who has locked themselves in, children on a roof tank with its lid off or missing beside one.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>
    /// "楼上有人一直在往下扔书扔椅子，楼下都是送考的家长和孩子", "又在对着下面扔酒瓶，刚才差点砸到送外卖的": things thrown
    /// down onto where people are, or at them.
    /// </summary>
    [GeneratedRegex("(往下|往楼下|往下面|朝下|朝楼下|朝下面|对着下面|对着楼下|从楼上|从窗户|窗外|阳台上)[^。.!！?？]{0,4}(扔|丢|砸|抛)[^。.!！?？]{0,12}(?=[^。.!！?？]{0,12}(楼下|下面|底下)[^。.!！?？]{0,4}(都是|全是|有|站着|好多|好几个|几个|一群|还有)[^。.!！?？]{0,8}(人|家长|孩子|小孩|老人|学生)|[^。.!！?？]{0,12}(?<![没未])(差点|险些|差一点)?(砸到|砸中|砸伤|打到|砸在)[^，。,.!！?？]{0,2}(人|路人|行人|送外卖的|外卖员|快递员|小孩|孩子|老人|学生|保安|保洁))")]
    private static partial Regex ThrownDownOntoPeople();

    /// <summary>"孩子被蚂蜂围攻了", "一群马蜂追着老人蛰": someone swarmed or stung by wasps now.</summary>
    [GeneratedRegex("(孩子|小孩|儿子|女儿|宝宝|老人|有人|人|我)[^。.!！?？]{0,4}被[^。.!！?？]{0,4}(马蜂|蚂蜂|黄蜂|胡蜂|蜂群|一群蜂)[^。.!！?？]{0,3}(围攻|围住|蛰|叮|追)|(马蜂|蚂蜂|黄蜂|胡蜂|蜂群)[^。.!！?？]{0,6}(围攻|围着|追着)[^。.!！?？]{0,4}(孩子|小孩|人|老人|我)")]
    private static partial Regex SwarmedByWasps();

    /// <summary>"用打火机烧马蜂窝，火引着旁边的纸箱了": a fire caught from what was burnt.</summary>
    [GeneratedRegex("火[^。.!！?？]{0,4}(引着|点着|燎着|蔓延到|窜到)[^。.!！?？]{0,8}(纸箱|箱子|杂物|衣服|窗帘|被子|树|草|车)|(纸箱|杂物|窗帘|被子)(被)?(引着|点着|燎着)了")]
    private static partial Regex FireCaughtFromWhatWasBurnt();

    /// <summary>"儿子手被老鼠夹夹住了，手指都紫了拿不下来": caught in a trap and turning purple.</summary>
    [GeneratedRegex("(手|手指|脚|脚趾|腿)[^。.!！?？]{0,4}被[^。.!！?？]{0,6}(夹住|卡住|夹到)[^。.!！?？]{0,12}(发紫|紫了|拿不下来|拿不出来|取不下来|拔不出来|弄不开|掰不开)")]
    private static partial Regex CaughtInATrap();

    /// <summary>"爬梯断了，有个检修师傅挂在上面下不来": someone hanging where they cannot get down.</summary>
    [GeneratedRegex("(人|师傅|工人|小孩|孩子|老人)[^。.!！?？]{0,4}(挂在|吊在|卡在)[^。.!！?？]{0,8}(下不来|上不去|抓不住|快掉)")]
    private static partial Regex HangingAndCannotGetDown();

    /// <summary>"我三岁的儿子把自己反锁在家了": a small child who has locked themselves in.</summary>
    [GeneratedRegex("(岁|儿子|女儿|孩子|小孩|宝宝|娃)[^。.!！?？]{0,4}把自己(反)?锁在(家|屋|房间|卫生间|厕所|浴室|里面|车里)")]
    private static partial Regex ChildLockedThemselvesIn();

    /// <summary>"小孩爬到水箱上面去玩，盖子没盖": children on a roof tank with its lid off; a child gone up to it and not answering.</summary>
    [GeneratedRegex("(小孩|孩子|小朋友|儿子|女儿)[^。.!！?？]{0,8}(爬到|爬上|跑到|跑上)[^。.!！?？]{0,4}(水箱|水池|蓄水池)[^。.!！?？]{0,16}(盖子没盖|没盖|盖子开着|没有盖)|(水箱|水池|蓄水池)[^。.!！?？]{0,10}(没盖|盖子开着)[^。.!！?？]{0,24}(找不到|喊也不应|叫也不应|不见了)")]
    private static partial Regex ChildAtAnOpenTank();
}
