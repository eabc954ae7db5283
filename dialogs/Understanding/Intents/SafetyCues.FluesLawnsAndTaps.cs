using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 58's classes: a water heater's flue off while it runs (fumes into the room), a lawn just sprayed with children
/// running onto it, mowing at rest time, a tap snapped off and spraying.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"热水器烟管掉了，正在用": the flue is off while the heater burns.</summary>
    [GeneratedRegex("(热水器|燃气热水器|壁挂炉)(的)?(烟管|排烟管|烟道|排气管)[^。.!！?？]{0,4}(掉了|脱落了|脱了|断了|掉下来了|松脱了)(?=[^。.!！?？]{0,10}(正在用|在用|开着|还在烧|洗着澡|在洗澡))")]
    private static partial Regex FlueOffWhileRunning();

    /// <summary>"刚打完药的草坪没拉线…有几个小朋友正往那边跑": a sprayed lawn with children on or running onto it.</summary>
    [GeneratedRegex("(打完药|打了药|喷了药|撒了药|打药|喷药|除草剂|农药)[^。.!！?？]{0,20}(小孩|小朋友|孩子)[^。.!！?？]{0,8}(往那边跑|跑过去|跑进去|在上面玩|在草坪上|在草地上|在里面玩|往草坪)")]
    private static partial Regex SprayedLawnWithChildrenOnIt();

    /// <summary>"6:40就割草！", "早上六点就开割草机": garden machines at rest time.</summary>
    [GeneratedRegex("(?<![0-9])(5|6|五|六)(点|:|：)[0-9半多一二三四五十]{0,3}(分)?(就|就开始|就在)?(割草|剪草|打草|修草|开割草机|开剪草机|吹落叶|吹叶)|(割草|剪草|打草|割草机|剪草机|吹叶机)[^。.!！?？]{0,10}(早上|清早|大清早|凌晨)(5|6|五|六)点")]
    private static partial Regex MowingAtRestTime();

    /// <summary>"整个龙头断了，水一直往外喷": a tap or a pipe snapped off, water spraying.</summary>
    [GeneratedRegex("(水龙头|龙头|水管|管子|角阀|阀门)(整个)?[^。.!！?？]{0,2}(断了|掉了|裂开了|断掉了)[^。.!！?？]{0,8}(往外喷|一直喷|在喷|喷水|狂喷|哗哗|止不住)")]
    private static partial Regex TapSnappedAndSpraying();

    /// <summary>"一条大狗把一个小孩脸咬了": an animal has bitten someone (the active form).</summary>
    [GeneratedRegex("(狗|犬|野狗|流浪狗|比特|藏獒|金毛|哈士奇|狼狗|猴子|蛇)[^，。,.!！?？]{0,4}把(一个|个|那个)?(小孩|孩子|小朋友|老人|阿姨|人|路人|保安|快递员|宝宝)(的)?(脸|手|腿|脚|胳膊|手臂|屁股|手指|脖子)?(给)?(咬了|咬伤了|咬出血|咬住了)")]
    private static partial Regex AnimalHasBittenSomeone();

    /// <summary>"大樹倒咗壓住個阿婆", "广告牌掉下来砸到人了": someone pinned or struck by what came down.</summary>
    [GeneratedRegex("(?<!差点|差一点|差些|险些|没)(压住|压着|砸中|砸到|砸伤)(了)?(一个|个|一位|位)?(人|阿婆|阿公|老人|老太太|小孩|孩子|小朋友|路人|行人|婆婆|大爷|工人)")]
    private static partial Regex SomeonePinnedOrStruck();

    /// <summary>"路灯杆正在往下倒…下面一堆人在等校车": something coming down now over people.</summary>
    [GeneratedRegex("(路灯杆|灯杆|路灯|电线杆|大树|树|广告牌|招牌|脚手架|围墙)[^。.!！?？]{0,6}(正在往下倒|正在倒|往下倒了|在往下倒|要倒下来了)(?=[^。.!！?？]{0,24}(下面|底下|旁边)[^。.!！?？]{0,8}(人|小孩|孩子|学生))")]
    private static partial Regex ComingDownOverPeopleNow();

    /// <summary>"有个男的…堵在电梯口不让我走，还抓我胳膊": a stranger holding or cornering the writer now.</summary>
    [GeneratedRegex("(?<!(保安|门卫|物业|保洁|师傅|管家|客服|岗亭)[^。.!！?？]{0,2})(男的|男人|陌生人|陌生男子|那个人|那人|醉汉|一个人)[^。.!！?？]{0,32}(堵着我|堵住我|不让我走|抓我胳膊|抓着我|拽着我|拉着我不放|抓住我|掐我)")]
    private static partial Regex StrangerHoldingMe();

    /// <summary>"我进去抓它门从外面锁上了，里面黑的电机在转，出不去": locked in a machine room now.</summary>
    [GeneratedRegex("门[^。.!！?？]{0,4}(从外面|被人)?(锁上了|反锁了|锁住了)[^。.!！?？]{0,16}(出不去|出不来)|(出不去|出不来)(?=[^。.!！?？]{0,30}(电机在转|机器在转|里面黑|手机快没电|喘不上气))")]
    private static partial Regex LockedInAMachineRoom();
}
