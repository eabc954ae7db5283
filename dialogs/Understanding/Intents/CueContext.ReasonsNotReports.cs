using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Alarm words that give a reason or a state rather than report danger: an injury that is why the owner asks for an
/// errand ("我腿受伤了 帮我订份午饭送上楼"), a fire alarm ringing with no fire ("半夜火警铃乱响 冇火 吵到瞓唔着").
/// </summary>
internal static partial class CueContext
{
    /// <summary>The cue is an injury, the message asks for something to be fetched, bought, changed or carried, and nothing is acute.</summary>
    private static bool InjuryAsTheReasonForAnErrand(string text, int index, int length) =>
        InjuryWord().IsMatch(text.AsSpan(index, length)) && Errand().IsMatch(text) && !Acute().IsMatch(text);

    /// <summary>The cue is an alarm, and the owner says there is no fire, or that it rings for nothing.</summary>
    private static bool AlarmWithNoFire(string text, int index, int length) =>
        AlarmWord().IsMatch(text.AsSpan(index, length)) && NoFire().IsMatch(text);

    /// <summary>"孩子前天从床上摔下来，现在活蹦乱跳的，还需要去医院看看吗": well again now, asking whether to see a doctor.</summary>
    private static bool WellAgainAskingAboutADoctor(string text) => WellAgainNow().IsMatch(text) && WhetherToSeeADoctor().IsMatch(text);

    [GeneratedRegex("(现在|目前|已经)(都|也)?(活蹦乱跳|没事了|没什么事了|好好的|没大碍|能吃能睡)")]
    private static partial Regex WellAgainNow();

    [GeneratedRegex("(还需要|要不要|用不用|需不需要|有必要|还要)[^。.!！?？]{0,6}(去医院|看医生|检查|拍片|就医)")]
    private static partial Regex WhetherToSeeADoctor();

    /// <summary>"孩子被狗抓了一下，破了点皮，附近哪里能打狂犬疫苗": a scratch called small and a question where to get it seen to.</summary>
    private static bool MinorHurtAndAskingWhereToGo(string text) => MinorHurt().IsMatch(text) && WhereToGetItSeen().IsMatch(text) && !Acute().IsMatch(text);

    [GeneratedRegex("破了(一)?点(点)?皮|擦破(了)?(一)?点(点)?皮|蹭破(了)?(一)?点(点)?皮|皮外伤|没(怎么)?出血|没(怎么)?流血|小伤口|一道印子|红了一块")]
    private static partial Regex MinorHurt();

    [GeneratedRegex("(哪里|哪儿|在哪|哪家|附近)[^。.!！?？]{0,8}(打|看|买|处理|包扎)|疫苗")]
    private static partial Regex WhereToGetItSeen();

    [GeneratedRegex("受伤|扭伤|伤了|摔伤")]
    private static partial Regex InjuryWord();

    [GeneratedRegex("(帮我|帮忙|能不能|可不可以|可以|能否|麻烦)[^。.!！?？]{0,12}(送|拿|取|订|买|换|搬|装|扛|提|带)|够不着|(送|拿|搬|扛)上(楼|来)")]
    private static partial Regex Errand();

    [GeneratedRegex("流血|出血|血|骨折|断了|晕|昏|起不来|动不了|不能动|疼得|痛得|快来|马上|救|120|摔倒|倒在|没反应")]
    private static partial Regex Acute();

    [GeneratedRegex("火警|警报|警铃|烟感|报警")]
    private static partial Regex AlarmWord();

    [GeneratedRegex("冇火|没(有)?(着|起)?火|无火|没(有)?烟|冇烟|no fire|误报|乱响|无啦啦|测试")]
    private static partial Regex NoFire();

    /// <summary>
    /// "楼上装修完我家天花板多了条裂缝", "楼上装修把我家管道震松了": the neighbour's works named only as the cause of damage in the
    /// owner's home — a repair to look at, not a disturbance now; "装修垃圾清运要多少钱": a price asked.
    /// </summary>
    private static bool WorksOnlyCauseDamageOrAskAPrice(string text) => WorksOnlyCausedDamage(text) || AsksAPrice(text);

    /// <summary>"刚才的煤气味是隔壁在修热水器，虚惊一场": the alarm is called off as a false one in the same sentence.</summary>
    private static bool CalledOffAsFalse(string text, int index, int length)
    {
        var end = index + length;
        var sentenceEnd = text.IndexOfAny(SentenceEnds, end);
        var rest = text.AsSpan(end, (sentenceEnd < 0 ? text.Length : sentenceEnd) - end);
        return FalseAlarm().IsMatch(rest);
    }

    private static readonly char[] SentenceEnds = ['。', '.', '!', '！', '?', '？'];

    [GeneratedRegex("虚惊一场|误会一场|是误会|看错了|闻错了|听错了|搞错了|原来是(隔壁|楼下|楼上|对面)?[^，。,.!！?？]{0,8}(在修|在做饭|在烧|在煮|在烤|在装修|烧烤|演习|测试)")]
    private static partial Regex FalseAlarm();

    /// <summary>
    /// "家里老人一个人在家，万一晕倒了，有没有一键呼叫的服务", "听说隔壁城市有个小区地库被淹，有人被困": a supposition asked
    /// about, or a story from somewhere else — with no cue, the model's emergency has nobody here to send anyone to.
    /// </summary>
    public static bool SupposesOrTellsOfElsewhere(string text)
    {
        var said = WithoutTheWriterAway(text);
        return (HypothesisInside().IsMatch(text) && AsksSomething().IsMatch(text)) || IsElsewhere(text) || (Elsewhere().IsMatch(said) && !OwnEstate().IsMatch(said))
            || (Hearsay().IsMatch(text) && !NamesEstatePlace(text));
    }

    /// <summary>"听说有人在青海湖骑行遇到冰雹受伤了": hearsay of someone somewhere, opening the message.</summary>
    [GeneratedRegex("^(听说|据说|听人说|听别人说|新闻说|网上说|看新闻说)")]
    private static partial Regex Hearsay();

    [GeneratedRegex("吗|么|怎么办|怎么样|有没有|有冇|能不能|可不可以|是不是|\\?|？")]
    private static partial Regex AsksSomething();

    /// <summary>"小度小度，开灯", "客厅空调调到26度", "洗衣机开始": a command to a device at home, said to a voice assistant.</summary>
    public static bool DeviceCommand(string text) => DeviceCommandWords().IsMatch(text) && !DeviceFault().IsMatch(text);

    [GeneratedRegex("不亮|没反应|坏|不行|闪|没电|不工作|不动|不转|漏|跳闸|冒烟|打不开|关不掉|关不了|修")]
    private static partial Regex DeviceFault();

    [GeneratedRegex("^(小度小度|小爱同学|天猫精灵|嘿siri|hey siri|小艺小艺)?[，,! ]*((把)?(全屋|客厅|卧室|厨房|书房|阳台)?的?(灯|灯光|空调|热水器|洗衣机|窗帘|扫地机器人|扫地机|电视|风扇|车库门|加湿器|净化器|音响)[^，。,.!！?？]{0,6}(打开|关掉|关上|关了|开启|关闭|开始|暂停|调到|调高|调低)|(打开|关掉|关闭|开启|关上)(全屋|客厅|卧室|厨房)?的?(灯|灯光|空调|热水器|窗帘|电视|风扇|车库门)|开灯|关灯)", RegexOptions.IgnoreCase)]
    private static partial Regex DeviceCommandWords();

    /// <summary>"你们24小时的电话是多少？我先存一下": a number asked for, with no request of the owner's named — not a status question.</summary>
    public static bool AsksForANumberOnly(string text) => NumberAsked().IsMatch(text) && !RequestNamed().IsMatch(text);

    /// <summary>The message speaks to the estate's people: 你们, 物业, the duty desk, the concierge, the guards.</summary>
    public static bool AddressesTheEstate(string text) => EstateAddressee().IsMatch(text);

    [GeneratedRegex("你们|物业|值班|管家|客服|管理处|服务中心|保安|门岗|前台|礼宾|your (office|hotline|duty|security)", RegexOptions.IgnoreCase)]
    private static partial Regex EstateAddressee();

    [GeneratedRegex("(电话|号码|热线|联系方式|手机号|座机)(是|係)?(多少|几多|咩|什么|啥)|(phone|hotline|contact) (number|no)|what(?:'s| is| was) (?:the |your |their )?[a-z' ]{0,30}number", RegexOptions.IgnoreCase)]
    private static partial Regex NumberAsked();

    [GeneratedRegex("工单|报修|报的修|投诉|进度|单子|师傅|预约|怎么样了|到了|处理|修好|订的|叫的|约的|反映|上次|ticket|repair|request", RegexOptions.IgnoreCase)]
    private static partial Regex RequestNamed();

    /// <summary>"投诉你们3栋的保洁阿姨…": a message that opens by lodging a complaint lodges one; it asks about no earlier one.</summary>
    public static bool OpensWithAComplaint(string text) => ComplaintOpening().IsMatch(text) && !AsksAboutAnEarlierOne().IsMatch(text);

    /// <summary>"我要投诉楼上": the complaint names a neighbour — the neighbour complaint, whatever it turns out to be about.</summary>
    public static bool NamesANeighbour(string text) => NeighbourNamed().IsMatch(text);

    /// <summary>"楼下在熏腊肉，烟一股股冒上来，我家满屋子烟味": a neighbour's smoke that comes into the writer's home.</summary>
    public static bool NeighboursSmokeComesIn(string text) => NeighbourNamed().IsMatch(text) && SmokeComesIn().IsMatch(text);

    [GeneratedRegex("(飘|冒|窜|钻|灌|熏|吹)(进|到|上来|过来|进来|下来)|(满屋|屋里|家里|我家|房间里)[^，。,.!！?？]{0,4}(全是|都是|好大|很大|一股)?(的)?烟|呛(得|到|死)")]
    private static partial Regex SmokeComesIn();

    [GeneratedRegex("楼上|楼下|隔壁|对门|邻居|对面那家|对面那户|樓上|樓下|鄰居")]
    private static partial Regex NeighbourNamed();

    [GeneratedRegex("结果|結果|处理(得|了|到|没)|怎么样|咋样|跟进|进度|哪一步|后来|回复|回访|那个事|那件事|的事|那单|嗰單|嗰件|没人(联系|管|理)|有人管|还没|了吗|了没")]
    private static partial Regex AsksAboutAnEarlierOne();

    [GeneratedRegex("^((你好|您好|喂|哈喽|hello|hi)[，,! 啊]*)*(我|我们)?(要|想|想要|必须|一定要)?投诉(?!的|进度|处理|怎么样|有结果|结果|到哪)", RegexOptions.IgnoreCase)]
    private static partial Regex ComplaintOpening();

    /// <summary>Damage in the owner's home named, and nothing that disturbs now (no noise, smell, dust, hour of rest).</summary>
    public static bool WorksOnlyCausedDamage(string text) => DamageAtHome().IsMatch(text) && !Disturbance().IsMatch(text);

    [GeneratedRegex("(我家|家里|屋里|我们家)[^。.!！?？]{0,12}(裂缝|裂了|开裂|震裂|震松|震掉|松了|渗水|渗|潮|发霉|掉漆|坏了|变形)")]
    private static partial Regex DamageAtHome();

    [GeneratedRegex("吵|噪音|噪声|响|声音|砸|钻|电钻|敲|味|粉尘|灰尘|半夜|中午|午休|晚上|早上|凌晨|睡")]
    private static partial Regex Disturbance();


    /// <summary>
    /// "停电恢复后…", "停电那天…", "冒烟那次…", "since the power cut": the event only dates something else; so does a cut or a
    /// fault named as the time before which something is wanted ("能不能在停水前来帮我换一个") — never an emergency's cue.
    /// </summary>
    private static bool DatesSomethingElse(string text, int index, int length, CueKind kind)
    {
        var end = index + length;
        var start = ClauseStart(text, index);
        var after = text.AsSpan(end, Math.Min(8, text.Length - end));
        return AfterTheEvent().IsMatch(after)
            || (kind != CueKind.Emergency && BeforeTheEvent().IsMatch(after))
            || SinceTheEvent().IsMatch(text.AsSpan(start, index - start));
    }

    /// <summary>
    /// "停水你们根本没提前通知", "去年台风我家被淹，到现在物业也没给个说法", "哪天着火了谁负责": a grievance about notice,
    /// preparation or liability. For an emergency only when no person is named in danger; for a cut or a leak only when it
    /// is not happening again now ("真是好物业啊，又停水了，也不通知": the water is off now, the grievance comes with it).
    /// </summary>
    private static bool BlamesTheEstate(string text, CueKind kind) =>
        Grievance().IsMatch(text) && (kind == CueKind.Emergency ? !PersonAtRisk().IsMatch(text) : !Again().IsMatch(text));

    [GeneratedRegex("^(之|以)?前(?![面边头门])")]
    private static partial Regex BeforeTheEvent();

    [GeneratedRegex("^(了)?(恢复|来电|来水|好)?(了)?(以后|之后|后|那天|那次|那晚|那会|的时候|期间)")]
    private static partial Regex AfterTheEvent();

    [GeneratedRegex("(since|after) the( last)?\\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceTheEvent();

    [GeneratedRegex("(没|没有|不)(提前)?(个)?通知|没个通知|没给(个)?说法|给个说法|为什么不(放|提前|通知|管|修)|明明(提前)?知道|谁(来)?负责|谁(来)?承担|责任(谁|算谁)|谁赔|赔偿|年年如此|说了多少次")]
    private static partial Regex Grievance();

    [GeneratedRegex("人|孩子|小孩|老人|宝宝|我妈|我爸|老公|老婆|阿姨|大爷|someone|person|child|kid", RegexOptions.IgnoreCase)]
    private static partial Regex PersonAtRisk();

    [GeneratedRegex("在?哪(里|儿)?(能|可以)?买|去哪买|买(哪|什么|啥)|推荐(一下|一款|个)|where (to|can i) buy", RegexOptions.IgnoreCase)]
    private static partial Regex Purchase();

    [GeneratedRegex("any update|any news|any follow[- ]?up|update on my|status of my|\\bI (reported|complained about|logged)\\b[^.!?]{0,60}\\b(yesterday|last (week|night|month)|days? ago|this morning)|(报修|工单|投诉|报的)[^，。,.!！?？]{0,12}(进度|怎么样了|到哪一步|有结果了吗)|单子[^，。,.!！?？]{0,6}(谁在跟|有人跟|跟进|进度|怎么样了|处理了没|到哪了|有人管)", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForAnUpdate();

    /// <summary>
    /// "着火了！！！骗你的哈哈哈", "有个笑话说…", "my kitchen is on fire jk": a joke or a test of the bot; in English also a drill
    /// and a heart attack one nearly had at a bill.
    /// </summary>
    [GeneratedRegex("骗你的|逗你(的|玩)|开(个)?玩笑|测(一下|试一下|试)你|笑话|看你(有啥|有什么|什么|会有啥|会有什么)反应|别当真|我就试试|试试你|(?i:\\b(jk|j/k|just kidding|just joking|only joking|kidding)\\b|\\b(fire|evacuation|safety) drill\\b|\\b(nearly|almost|about to|gonna|going to|will) (have|had|give|gave)( me| him| her| us)? a heart attack\\b)")]
    private static partial Regex Joke();

    /// <summary>"上次电梯困人，我们在里面等了四十分钟才有人来，说好的十分钟呢": a grievance about a past incident.</summary>
    [GeneratedRegex("^(上次|上回|上个月|之前|那次|去年|前几天)[^。.!！?？]{0,30}(说好的|才有人来|才来人|等了[^，。]{0,6}(才|都没)|没人管|给个说法)")]
    private static partial Regex PastGrievance();
}
