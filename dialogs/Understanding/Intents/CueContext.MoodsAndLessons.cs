using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 12's classes of words that report nothing urgent: moods told in alarm words (心跳快到要爆了, 我整个人都不好了,
/// 被折磨得不成人形), a drill or a lesson explained to a child, online shopping mishaps (快递被压成饼, 商家不退款),
/// English titles of games and shows inside a Chinese message; and what is urgent only in appearance: an air
/// conditioner dripping into a basin, a part of a message that only arranges the visit (你们什么时候能来, 我下午在家).
/// </summary>
internal static partial class CueContext
{
    /// <summary>"孩子学校搞了消防演练，回来问我…怎么跟他讲": a drill, a safety lesson or a science question explained, with nothing urgent.</summary>
    private static bool ExplainsALesson(string text) => (Lesson().IsMatch(text) && !IsUrgent(text)) || ChildRepeatsAlarmWords().IsMatch(text);

    /// <summary>"娃演习回来天天在家喊着火了": a child who says the alarm words every day, as a game.</summary>
    [GeneratedRegex("(娃|孩子|小孩|儿子|女儿|宝宝)[^。.!！?？]{0,16}(天天|整天|每天|老是|成天)(在家)?(喊|叫|嚷|念叨)")]
    private static partial Regex ChildRepeatsAlarmWords();

    /// <summary>
    /// A mood, a game or a show, or a parcel bought online, in a message that names nothing of the estate: a fast class
    /// the model alone reads into it falls back.
    /// </summary>
    private static bool SpeaksOfMoods(string text) =>
        (Mood().IsMatch(text) || Shopping().IsMatch(text) || (HasLatin(text) && HasChinese(text) && EnglishTitle().IsMatch(text))) && !NamesEstatePlace(text) && !MentionsTheEstate(text);

    /// <summary>"去年那次家里水管爆了…你们十分钟就到了…一直想说声谢谢": a past problem told to thank, with nothing back now.</summary>
    private static bool ThanksForThePast(string text) => PastMarker().IsMatch(text) && Thanks().IsMatch(text) && !BackNow().IsMatch(text) && !CallForHelp().IsMatch(text);

    /// <summary>
    /// "上礼拜厨房下水道堵了，刘工上门给通好的…特地来说声谢谢", "上周五角阀爆了…换好了…就想说声谢谢": thanks for help given in
    /// the past, and nothing else — no grievance, nothing back now, no question (a question after the thanks is answered).
    /// </summary>
    public static bool OnlyThanksForPastHelp(string text) =>
        ThanksForThePast(text) && ThanksAsThePoint().IsMatch(text) && !ButThen().IsMatch(text) && !AsksAnything().IsMatch(text);

    [GeneratedRegex("(说|道)(声|一声|个)?(谢谢|感谢)|(特地|特意|专门|就是|就|只是)(想|来)?(说|表示)?(声|一下)?(谢谢|感谢|表扬)|(谢谢|感谢)(你们|您们|刘工|师傅|物业|管家|礼宾)|表扬(一下)?|点(个)?赞|锦旗")]
    private static partial Regex ThanksAsThePoint();

    [GeneratedRegex("但是|可是|不过|只是现在|就是现在|结果|没想到|投诉|不满|太差|很差|敷衍|态度(很|太|真|也太|非常|特别)?(差|恶劣|不好|冷淡|生硬)|骂|吵架|不理|推脱|乱收|红包")]
    private static partial Regex ButThen();

    [GeneratedRegex("吗|？|\\?|多少|怎么|几点|能不能|可不可以|哪里|哪儿|什么时候|电话是")]
    private static partial Regex AsksAnything();

    /// <summary>"漏一点点水", "有点渗", "微微有点潮", "在滴水，不大，一滴一滴的": a leak the owner calls slight, with nothing getting worse.</summary>
    public static bool OnlyATrickle(string text) => Trickle().IsMatch(text) && !Worsening().IsMatch(text);

    [GeneratedRegex("(漏|滴|渗|冒|流)(了)?(一点点|一点儿|一丁点|一点)(水)?|一点点水|有点(渗|潮|漏|滴)|微微(有点)?(渗|潮|漏|滴)|偶尔滴|(滴水|漏水|在滴|在漏|渗水)[^。.!！?？]{0,4}(不大|不多|量不大|量很小|很小)")]
    private static partial Regex Trickle();

    [GeneratedRegex("越来越|越(滴|漏|渗|流)越|一直(在)?(流|冒|喷)|止不住|淹|漫|到处都是")]
    private static partial Regex Worsening();

    public static bool RubbishOverflows(string text) => Rubbish().IsMatch(text) || (HasLatin(text) && RubbishInEnglish().IsMatch(text));

    /// <summary>"女儿青春期，把房门反锁了在里面哭": an older child shut in to sulk, no small child named, is no emergency.</summary>
    public static bool SulksBehindADoor(string text) => Sulking().IsMatch(text) && ShutDoor().IsMatch(text) && !SmallChild().IsMatch(text);

    [GeneratedRegex("反锁|锁上|锁住|关门|房门|关在房间|锁在房间")]
    private static partial Regex ShutDoor();

    [GeneratedRegex("(?<![0-9十])[1-5]岁|[一二两三四五]岁|宝宝|婴儿|幼儿|toddler|baby", RegexOptions.IgnoreCase)]
    private static partial Regex SmallChild();

    /// <summary>"门被风吹关上了 我进不去了", "钥匙锁在屋里了": locked out with nobody and nothing left inside at risk.</summary>
    public static bool LockedOutOnly(string text) => LockedOut().IsMatch(text) && !AtRiskInside().IsMatch(NobodyInside().Replace(text, ""));

    /// <summary>"家里没人", "人在走廊站着", "老公出差了": words that say nobody is at risk inside, not that someone is.</summary>
    [GeneratedRegex("(家里|屋里|里面|屋入面)(没|冇)(有)?人|人在(走廊|门外|门口|楼下|外面|楼道)|(老公|老婆)(出差|上班|不在)")]
    private static partial Regex NobodyInside();

    [GeneratedRegex("(门|房门|大门)[^，。,.!！?？]{0,6}(关上了|锁上了|带上了)|钥匙[^，。,.!！?？]{0,4}(锁|落|忘)在(屋里|家里|里面|里头)|忘(带|拿)钥匙|进不去(了|家)|锁(咗|了)?(喺|在)门外|反锁在门外|锁匙(喺|在)(屋)?(入面|里面|里头|里)")]
    private static partial Regex LockedOut();

    [GeneratedRegex("孩子|小孩|宝宝|婴儿|娃|儿子|女儿|闺女|孙|岁|老人|老公|老婆|爸|妈|奶奶|爷爷|外婆|外公|姥|病|有人|人在|狗|猫|火|煤气|燃气|水|烧|锅|灶|电")]
    private static partial Regex AtRiskInside();

    [GeneratedRegex("喷|射|呲|滋")]
    private static partial Regex Spray();

    [GeneratedRegex("(垃圾桶|垃圾箱|垃圾站|垃圾房|垃圾)[^。.!！?？]{0,8}(满|溢|堆成山|没人收|没收|臭)")]
    private static partial Regex Rubbish();

    [GeneratedRegex("\\b(bins?|rubbish|garbage|trash)\\b[^.!?]{0,30}(overflow|full|not (been )?(collected|emptied)|nobody empties|smell)", RegexOptions.IgnoreCase)]
    private static partial Regex RubbishInEnglish();

    /// <summary>
    /// "客厅空调内机一直往下滴水，拿盆接着呢": an air conditioner dripping (into a basin) with no flood, nothing near
    /// sockets and no water it cannot keep up with is an ordinary repair, not a 10-minute one.
    /// </summary>
    public static bool AirConditionerDrips(string text) => AirConditionerDrip().IsMatch(text) && !Flood().IsMatch(text);

    /// <summary>
    /// "你们什么时候能来看一下我明天下午在家两点以后都行": a part of a message that only arranges the visit (when, who is in)
    /// and names no fault is no request of its own.
    /// </summary>
    public static bool OnlyArrangesAVisit(string segment) => VisitTalk().IsMatch(segment) && !Fault().IsMatch(segment) && !StaffGrievance().IsMatch(segment);

    [GeneratedRegex("(学校|幼儿园|老师|课上|班上|公司)[^。.!！?？]{0,12}(演练|演习)|消防课|安全课|安全教育|(跟|给|和|向)(孩子|小孩|他|她|儿子|女儿|学生|小朋友)(讲|解释|说明|科普)|(想|要|得|先)教(他|她|孩子|小孩|儿子|女儿|小朋友)[^。.!！?？]{0,6}(应对|怎么|方法|自救)|(孩子|小孩|儿子|女儿)问[^。.!！?？]{0,8}(为什么|是什么|怎么)|(为什么|是什么|怎么会)[^。.!！?？]{0,14}(孩子|小孩|儿子|女儿|学生|小朋友)问(我)?(的|了)|科学道理|怎么解释|用什么道理|学了[^，。,.!！?？]{0,6}(逃生|消防|急救)|火灾逃生|逃生(知识|技巧|路线)|怎么教(孩子|小孩|他|她|宝宝)|教(孩子|小孩|宝宝)(怎么|如何)")]
    private static partial Regex Lesson();

    [GeneratedRegex("整个人都不好|人都不好了|心都碎了|心态崩|尴尬癌|头都大了|(到|得)(快)?要(爆|炸)了|爆棚|爆表|小鹿乱撞|初恋|暗恋|表白|被折磨得|不成人形|慌得一批|肉疼|emo|破大防|社死|卷疯了|罪恶感", RegexOptions.IgnoreCase)]
    private static partial Regex Mood();

    /// <summary>"…你们张工十分钟就到了…一直想说声谢谢": thanks for help given in the past.</summary>
    [GeneratedRegex("谢谢|感谢|多亏|幸亏|幸好你们|表扬|锦旗")]
    private static partial Regex Thanks();

    [GeneratedRegex("又|还在|还是没|还是不|还没|仍然|仍在|没好|没修好|正在|现在还")]
    private static partial Regex BackNow();

    [GeneratedRegex("商家|店家|卖家|淘宝|京东|拼多多|网购|退款|退货|直播间|下单|差评|好评|买了(个|一个|件|双|台|不到)|质量(太|好|真|也太)?差|缩水|掉色|起球|智商税|踩雷")]
    private static partial Regex Shopping();

    /// <summary>Two or more capitalised English words together ("Stranger Things", "Elden Ring"): a title.</summary>
    [GeneratedRegex("(?<![A-Za-z])[A-Z][a-z]+(\\s+(of|the|and|in|on|to|a)?\\s*[A-Z][a-z0-9]+)+(?![a-z])")]
    private static partial Regex EnglishTitle();

    /// <summary>An air conditioner named in English ("the AC", "aircon", "the indoor unit").</summary>
    internal const string AirConditionerInEnglish = "air ?con(?:ditioner|ditioning)?|aircon|a/c|ac|indoor unit";

    [GeneratedRegex("(空调|内机|室内机|挂机|柜机)[^。.!！?？]{0,12}(滴水|漏水|流水|往下滴|滴答|出水|滴)|(?i:\\b(?:" + AirConditionerInEnglish + "|ac unit)\\b[^.!?]{0,40}\\b(leak(s|ing)?|drip(s|ping)?)\\b)")]
    private static partial Regex AirConditionerDrip();

    [GeneratedRegex("淹|一地|满地|全是水|都是水|泡|插座|电线|电器|接不(过来|住|及|赢)|哗哗|往外(冒|喷)|喷|天花板|吊顶|楼下|(?i:(?<!\\b(not|no|never|isn't|it's not|not really)\\s)\\b(flood(ing|ed)?|pouring|gushing|socket|outlet|ceiling|downstairs|everywhere)\\b)")]
    private static partial Regex Flood();

    [GeneratedRegex("(什么时候|几点|哪天|多久|啥时候)(能|可以|会)?(来|过来|上门|派人)|(在家|有空|有人在|有时间)|(点|号)(以后|之后|以前|前|后)(都|也)?(行|可以|方便)")]
    private static partial Regex VisitTalk();

    [GeneratedRegex("态度|投诉|骂|吵架|不理|敷衍|推脱|收钱|乱收|红包")]
    private static partial Regex StaffGrievance();

    [GeneratedRegex("青春期|叛逆|赌气|闹脾气|生气|吵架|不理我|不跟我说话|冷战|怎么沟通|怎么劝")]
    private static partial Regex Sulking();

    [GeneratedRegex("臭鸡蛋|烂鸡蛋|坏鸡蛋|臭蛋")]
    private static partial Regex RottenEggs();

    [GeneratedRegex("下水道|地漏|化粪池|马桶|返味|返臭|温泉|硫磺|放屁|屁|冰箱|放坏|变质|过期|坏了的(鸡)?蛋|(鸡)?蛋坏了")]
    private static partial Regex DrainSmell();
}
