using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger reported by what is seen or heard rather than named (round 13): a bare cry for help, people working at the
/// lock of neighbours who are away, someone climbing the outside of a building, smoke told by its colour and motion
/// (一股黑的往外窜), a socket that crackles or flashes blue, an appliance bang followed by a burning smell, water running
/// along a light fitting that is still lit, a body part covered in blood, someone knocked down; and a public alarm that
/// rings on and cannot be stopped. Each is read in its context by <see cref="CueContext"/> like every other cue.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>The ways a cry for help is written in Chinese (BareCryForHelp, CryForHelpAtAPlace).</summary>
    private const string CriesForHelp = "救命|救救我们|救救我|救我|救人|快救人|快来人|来人";

    /// <summary>"救命", "快来人啊", "help me!!": the whole message is a cry for help (an address may follow).</summary>
    [GeneratedRegex("^\\s*((" + CriesForHelp + "|help me|help)(啊|呀|哇|呐|啦|吖|喔|!|！|\\s|~|～|。|\\.|,|，)*)+([0-9]{1,2}[-栋][0-9]{1,2}[-单元]{1,2}[0-9]{3,4}(室|号)?)?[!！\\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareCryForHelp();

    /// <summary>"两个人在捣鼓对门的锁，对门一家出去旅游了": people at a neighbour's lock while the neighbours are away.</summary>
    [GeneratedRegex("锁(?<=(人|男的|女的|俩|有人)[^。.!！?？]{0,8}(捣鼓|鼓捣|弄|撬|钻|拧|捅|摆弄|折腾|搞|试)[^。.!！?？]{0,3}(对门|隔壁|邻居|别人家|人家|[0-9]{3,4})[^，。,.!！?？]{0,5}锁)(?<!(师傅|物业|锁匠|开锁的|房东|中介|保安)[^。.!！?？]{0,24})(?=[^。!?！？]{0,40}(旅游|出远门|出国|不在家|出差|回老家|没人在家|家里没人|没人住|空着))|锁(?<=(旅游|出远门|出国|不在家|出差|回老家|没人在家|家里没人|没人住|空着)[^。!?！？]{0,40}(人|男的|女的|俩|有人)[^。.!！?？]{0,8}(捣鼓|鼓捣|弄|撬|钻|拧|捅|摆弄|折腾|搞|试)[^。.!！?？]{0,8}锁)(?<!(师傅|物业|锁匠|开锁的|房东|中介|保安)[^。.!！?？]{0,24})")]
    private static partial Regex AtAnAbsentNeighboursLock();

    /// <summary>"someone is drilling at the lock of 2204 and it's not the owner": a break-in told in English.</summary>
    [GeneratedRegex("(drilling|picking|forcing|fiddling|messing|tampering|prying|jimmying|kicking)\\b[^.!?]{0,14}\\b(lock|door)s?\\b(?=[^.!?]{0,60}(not the owner|isn'?t the owner|not (their|his|her) (flat|home)|neighbou?rs? (are|is) away|nobody(?:'s| is) home|\\b\\d{3,4}\\b))|(lock|door)s? of \\d{3,4}\\b[^.!?]{0,40}not the owner|neighbou?r\\b[^.!?]{0,30}\\b(is|are) away\\b[^.!?]{0,20}\\b(someone|somebody|a man|a stranger) (is )?(inside|in there|in the flat)", RegexOptions.IgnoreCase)]
    private static partial Regex BreakInInEnglish();

    /// <summary>"窗外有人顺着水管往上爬", "有人在爬防盗网": someone climbing the outside of a building (not a worker, not ivy).</summary>
    [GeneratedRegex("(水管|落水管|排水管|雨水管|下水管|外墙|空调外机|外机|空调架|防盗网|阳台|窗台|窗户)(?<=(有人|人影|男的|女的|小偷|陌生人|贼|一个人|两个人|几个人|身影)[^，。,.!！?？]{0,10}(水管|落水管|排水管|雨水管|下水管|外墙|空调外机|外机|空调架|防盗网|阳台|窗台|窗户))(?<!(师傅|工人|消防|清洗|蜘蛛人|吊篮)[^。.!！?？]{0,20})(?=[^，。,.!！?？]{0,4}(往上爬|往下爬|爬上|爬进|爬到|爬过|往上攀|攀上|在爬|爬))|(someone|somebody|a man|a guy|a person|a stranger)[^.!?]{0,20}(climbing|climbed|scaling)[^.!?]{0,12}(drain ?pipe|pipe|wall|balcon|window)", RegexOptions.IgnoreCase)]
    private static partial Regex ClimbingOutside();

    /// <summary>"顶楼窜出来一股黑的", "窗户里往外窜红光，黑乎乎的东西一直往上翻": smoke or fire told by its colour and motion.</summary>
    [GeneratedRegex("(窜|冒|涌|翻|喷)(出来|出|着)?[^，。,.!！?？]{0,4}(一股|一团|一大股|大股|一阵|好多|很多)?(黑的|黑乎乎|黑色的|黑气|黑雾|红光|火光)(?![水汤油泥霉斑点])|(黑乎乎|黑漆漆|黑色|黑的)(的)?(东西|一团|一片|气)?[^，。,.!！?？]{0,4}(一直|不停|直|还在)?(往上翻|往外翻|往上冒|往外冒|往上窜|往外窜|翻滚|往外涌|冒出来|窜出来|滚出来)")]
    private static partial Regex SmokeBySight();

    /// <summary>"插座啪啪响，还闪蓝光", "墙里面噼啪噼啪": a socket or wiring that crackles or flashes blue.</summary>
    [GeneratedRegex("(插座|插头|插排|插线板|排插|电线|电箱|配电箱|电闸|开关|电表箱|灯座|电井|电缆井|强电井)[^，。,.!！?？]{0,8}(啪啪|蓝光|蓝火|电弧|熏黑|黑了一块)|(墙里|墙里面|墙内|天花板里|吊顶里)[^，。,.!！?？]{0,6}(噼啪|噼里啪啦|滋滋|嗞嗞|啪啪)")]
    private static partial Regex SocketCrackles();

    /// <summary>"烤箱砰的一声，整个屋子都是焦味": an appliance bang followed by a burning smell or smoke.</summary>
    [GeneratedRegex("(烤箱|微波炉|电饭煲|电磁炉|空调|冰箱|洗衣机|热水器|电视|电脑|充电器|插座|电箱|电表|灯|电器|吹风机|取暖器|电暖器|配电房|配电箱|配电柜|配电室|电房|变压器|电井)[^。.!！?？]{0,6}(砰|嘭|嘣|轰|啪)(的|地)?(一声|一下)(?=[^。.!！?？]{0,30}(焦味|糊味|烧焦|焦糊|冒烟|胶皮味|塑料味|噼啪|火花|黑烟))")]
    private static partial Regex BangThenBurning();

    /// <summary>"楼上的水顺着客厅的灯往下流，灯还亮着": water running along a light fitting or switch that is still live.</summary>
    [GeneratedRegex("(亮着|还亮|在闪|一闪一闪|闪个不停|还有电|通着电|带着电|没断电)(?<=(顺着|沿着|流进|滴进|渗进|流到|滴到|漏到|从)[^，。,.!！?？]{0,8}(灯|灯座|灯罩|吸顶灯|吊灯|筒灯|灯管|开关)[^，。,.!！?？]{0,6}(往下流|往下滴|往下淌|流下来|滴下来|漏下来|渗下来|流水|滴水|往外渗)[^。.!！?？]{0,20}(亮着|还亮|在闪|一闪一闪|闪个不停|还有电|通着电|带着电|没断电))")]
    private static partial Regex WaterAlongALiveLight();

    /// <summary>"腿上全是血", "脸上都是血": a body covered in blood.</summary>
    [GeneratedRegex("血(?<=(腿|手|头|脸|身|胳膊|膝盖|额头|衣服|地)上[^，。,.!！?？]{0,2}(全|都|全都)(是)?血)|(covered in|full of) blood", RegexOptions.IgnoreCase)]
    private static partial Regex CoveredInBlood();

    /// <summary>"电梯门没关就动了，把我妈带倒了": someone knocked down.</summary>
    [GeneratedRegex("(带倒|撞倒|夹倒|甩倒|拖倒|绊倒|砸倒|撞飞)(?<=把(我妈|我爸|妈妈|爸爸|老人|孩子|小孩|小朋友|宝宝|奶奶|爷爷|外婆|外公|老太太|大爷|阿姨|他|她|人)[^，。,.!！?？]{0,3}(带倒|撞倒|夹倒|甩倒|拖倒|绊倒|砸倒|撞飞))")]
    private static partial Regex KnockedDown();

    /// <summary>"消防报警器响了快半小时了…一直关不掉": a public alarm that rings on (public.urgent; smoke with it is a fire).</summary>
    [GeneratedRegex("(报警器|警报器|警报|警铃|火警铃|火警)(?<!(按|按了|拉|拉了)[^，。,.!！?？]{0,2}(报警器|警报器|警报|警铃|火警铃|火警))(?![^，。,.!！?？]{0,8}(滴滴|没电|电池))[^。.!！?？]{0,12}(响了[^，。,.!！?？]{0,4}(半小时|半个小时|个小时|小时|一晚上|一整夜|半天)|一直(在)?响|响个不停|关不掉|关不了|停不下来|叫个不停)")]
    private static partial Regex AlarmRingsOn();

    /// <summary>"我住1栋1单元26楼 电梯坏了 按了半天都不来": the lift dead for someone living ten floors up or more, no other lift named working.</summary>
    [GeneratedRegex("电梯(?=[^。.!！?？]{0,12}(坏了|停了|不来|不动|动不了|用不了|停运))(?<=(住|家在|家是|我在)[^。.!！?？]{0,8}(?<![0-9])([1-4][0-9]|[二三四]十[一二三四五六七八九]?|十[一二三四五六七八九]?)(楼|层)[^。.!！?？]{0,6}电梯)(?![^。!?！？]*(另一|另外|其他|别的|还能|右边|左边|走楼梯也|走楼梯还|不急))|电梯(?=[^。.!！?？]{0,6}(坏了|停了|不来|不动|动不了|用不了|停运)[^。.!！?？]{0,16}(住|家在|家是|我在)[^。.!！?？]{0,8}(?<![0-9])([1-4][0-9]|[二三四]十[一二三四五六七八九]?|十[一二三四五六七八九]?)(楼|层))(?![^。!?！？]*(另一|另外|其他|别的|还能|右边|左边|走楼梯也|走楼梯还|不急))")]
    private static partial Regex LiftDeadHighUp();

    /// <summary>"我爸打电话说话含含糊糊的，说一半就没声了", "嘴歪了", "半边身子动不了": the signs of a stroke.</summary>
    [GeneratedRegex("(手脚|一边|半边)[^，。,.!！?？]{0,2}(发麻|麻木|没力)(?=[^。.!！?？]{0,14}(说话|口齿|嘴))|(说话|讲话|口齿|说话声)[^，。,.!！?？]{0,3}(含含糊糊|含糊不清|含糊|不清楚了|不利索|大舌头|不清楚(?!怎么|是什么|哪|为什么|的问题))|(突然)(左|右)(手|腿|边|半边)[^，。,.!！?？]{0,2}(没力|没劲|抬不起来|不听使唤|动不了)|(?<=(说话|讲话|口齿)[^。.!！?？]{0,12})(左|右)(手|腿|边)[^，。,.!！?？]{0,2}(没力|没劲|抬不起来|不听使唤|动不了)|嘴(巴)?(突然)?歪|口角歪斜|半边(身子|身体|脸)[^，。,.!！?？]{0,3}(动不了|没知觉|发麻|麻了|不能动)|(说一半|说着说着|讲着讲着|说到一半|讲到一半)(?=[^，。,.!！?？]{0,4}(没声|没了声音|没动静|不出声))")]
    private static partial Regex SignsOfAStroke();

    /// <summary>"wife n baby dizzy and throwing up since the heater on": sickness with a heater, stove or charcoal going (carbon monoxide).</summary>
    [GeneratedRegex("(dizzy|headache|nause|throwing up|vomit|drowsy)[^.!?]{0,50}\\b(heater|stove|boiler|charcoal|gas|fireplace|furnace|burner)|\\b(heater|stove|boiler|charcoal|furnace|burner)[^.!?]{0,50}(dizzy|headache|nause|throwing up|vomit|drowsy)", RegexOptions.IgnoreCase)]
    private static partial Regex FumesSicknessInEnglish();

    /// <summary>"a man lying at the bottom of the stairs, not moving": someone down and still.</summary>
    [GeneratedRegex("(lying|lies|lay|collapsed|fell|fallen|down|slipped|tripped|hit (his|her|their|my) head)(?=[^.!?]{0,50}(not moving|unconscious|unresponsive|not responding|not breathing|won't wake|can't wake|cannot wake))|(?<=(not moving|unconscious|unresponsive|not breathing)[^.!?]{0,12})\\b(on|at|in) the (floor|ground|stairs|lobby|corridor)", RegexOptions.IgnoreCase)]
    private static partial Regex LyingStillInEnglish();
}
