using System.Text.Json;
using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>Small readings the request dialogs share: a message that says nothing about the problem, a serious staff complaint, the ticket's owner.</summary>
public static partial class RequestWords
{
    /// <summary>True for words that say nothing about the problem (a bare "我要报修" or a button label).</summary>
    public static bool IsVague(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bare = Punctuation().Replace(text, "");
        return bare.Length < 4 || IntentCode.All.Any(code => IntentCode.Label(code) == bare) || GenericAsk().IsMatch(bare);
    }

    /// <summary>Words that call off a ticket already opened ("取消", "刚才那个车帮我取消吧", "不用来了").</summary>
    public static bool CancelsTicket(string normalized) => CancelTicket().IsMatch(normalized ?? "");

    /// <summary>The writer says they rent the flat ("我是租户", "租的房子"): addressed as 住户, not 业主.</summary>
    public static bool SaysTenant(string text) => Tenant().IsMatch(text ?? "");

    /// <summary>
    /// "现在已经不漏了，不用派人" in a complaint about the hotline: nobody need come — which a complaint about the service
    /// never asked for — while nothing drops the complaint itself (算了, 不投诉了, 取消).
    /// </summary>
    public static bool DeclinesOnlyAVisit(string text) => VisitDeclined().IsMatch(text ?? "") && !ComplaintDropped().IsMatch(text ?? "");

    [GeneratedRegex("不用(派|叫|安排)?(人|师傅)|不用(再)?(来|上门|过来|跑一趟)|不用(再)?修|不需要(派人|上门|师傅)")]
    private static partial Regex VisitDeclined();

    [GeneratedRegex("不投诉|算了|取消|撤(销|回|了)|不用登记|不登记|不报了|不追究|不计较|就这样吧")]
    private static partial Regex ComplaintDropped();

    /// <summary>"我就要个说法", "就是要投诉": a complaint the owner still wants registered, whatever no longer needs sending.</summary>
    public static bool StillWantsTheComplaint(string text) => WantsAnAnswer().IsMatch(text ?? "");

    [GeneratedRegex(@"要(个|一个)?(说法|交代|解释)|讨(个)?说法|就是要投诉|我(就是)?要投诉|必须(给|要)(个|一个)?(说法|交代)|(?i:\bi (still )?want (an|a proper) (answer|explanation|apology)\b)")]
    private static partial Regex WantsAnAnswer();

    /// <summary>"…今天下午我都在家谢谢啊", "thanks!": the message thanks us, wherever in it.</summary>
    public static bool Thanks(string text) => ThanksWords().IsMatch(text ?? "");

    [GeneratedRegex(@"谢谢|多谢|感谢|麻烦(你|您)?了|辛苦(了|啦)|(?i:\b(thanks|thank you|thx|ty)\b)")]
    private static partial Regex ThanksWords();

    /// <summary>The writer is the household's helper or a relative ("我是1101家的阿姨", "I'm the helper of…"): not addressed as 业主.</summary>
    public static bool WritesForTheHousehold(string text) => ForTheHousehold().IsMatch(text ?? "");

    [GeneratedRegex(@"阿姨|保姆|家政|女儿|儿子|亲戚|(?i:\b(?:helper|maid|nanny|daughter|son|relative)\b)")]
    private static partial Regex ForTheHousehold();

    /// <summary>
    /// "我叫钱芳 电话13926581473 你们到了打我电话", "不好意思号码打错了 是13926581437": a name and a number to call, and
    /// nothing else — details for the request already open, never a new matter. The number is the slot reader's phone;
    /// what is left besides it may only be a name and the words around a number.
    /// </summary>
    public static bool GivesContactOnly(SlotReading slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        return slots.Phone is not null
            && ContactFiller().Replace(ContactName().Replace(slots.Leftover, ""), "").Length <= MaxContactResidue;
    }

    private const int MaxContactResidue = 3;

    /// <summary>
    /// "师傅到了麻烦打我电话 139…", "call me on", "师傅来了别打我的打我老婆的她在家 136…": asked to be called on a number (the
    /// owner's or a family member's), not told of a call that never came.
    /// </summary>
    public static bool AsksToBeCalled(string normalized) => CallMeOn().IsMatch(normalized ?? "");

    [GeneratedRegex(@"(?<!没|不|没有|结果|说)(打我(的)?(电话|手机)|打这个(号码|号|电话)|联系我|(?i:call me)|(打|联系|找|call)\s*(我)?(老婆|老公|妻子|丈夫|爱人|媳妇|太太|先生|妈|爸|妈妈|爸爸|女儿|儿子|家里人|家人|阿姨|保姆|wife|husband)(的)?(电话|手机|号码)?)(?![^，,。.]{0,6}(没|不|结果))|(别|不要|不用)打我(的)?(电话|手机)?")]
    private static partial Regex CallMeOn();

    /// <summary>A name as it is left once the slot reader took out the filler ("我叫李强" is left as "叫李强", "my name is Li" as "name Li").</summary>
    [GeneratedRegex(@"(?i)(?:叫|姓|联系人|\bname\b|\bi'm\b|\bthis\b)\s*[\u4e00-\u9fffA-Za-z]{1,4}")]
    private static partial Regex ContactName();

    [GeneratedRegex(@"(?i)[\s，,。.、！!：:；;~～]|不好意思|抱歉|sorry|哎呀|还有|另外|对了|换成|换为|改一下|哎|呃|嗯|(?:来|上门|过来|到|进门)?之前|上门前|来前|提前|先|最后[两二2三3四4]位数?是?(?:\d{2,4})?|(?:\d{1,4})?不是\d{1,4}(?:结尾|开头)?|不\s*意思|应该|号码|电话|座机|手机|手机号|联系方式|打错了|写错了|发错了|输错了|说错了|记错了|改成|改为|应该是|是|到了|来了|打我|打给我|给我打|联系我|找我|打这个|你们|请|麻烦|一直|(?:在)?家里?(?:等着|等)|等着|师傅|工作人员|就行|行|就|的|吧|哦|啊|呀|哈|对|这个|call me|my number|number|phone|is|on|at|when you arrive")]
    private static partial Regex ContactFiller();

    /// <summary>
    /// "换一个多少钱啊", "修一下要收费吗", "那这个要多少钱": a price or a rule asked with no subject of its own — only "one",
    /// "this" or a bare verb — is about the request being made.
    /// </summary>
    public static bool AsksAboutTheRequestItself(string normalized) =>
        AboutTheRequestItself().IsMatch((normalized ?? "").Trim()) || AboutTheRequestItselfInEnglish().IsMatch(normalized ?? "");

    /// <summary>"Yes that's right. How much will it cost btw?": a price asked of "it" or "this" — the request being made.</summary>
    [GeneratedRegex(@"(?i)\b(?:how much (?:will|would|does|is) (?:it|this|that)(?: cost| be)?|how much (?:do|will) (?:you|i) (?:charge|pay)|what(?:'s| is| will be| would be) the (?:cost|price|charge|fee)|is (?:it|this|that) free)\b")]
    private static partial Regex AboutTheRequestItselfInEnglish();

    [GeneratedRegex(@"^(?:那|这|请问|问下|问一下)?[，,\s]*(?:换|修|弄|装|通|上门|来|这样)?(?:一个|一下|一次|个|这个|那个|它)?[，,\s]*(?:的话)?(?:大概|一般)?(?:要|得|需要)?(?:多少钱|几多钱|几钱|收费吗|收钱吗|要钱吗|收不收费|收不收钱|怎么收费|贵吗|免费吗)[啊呀吗呢？?。！!\s]*$")]
    private static partial Regex AboutTheRequestItself();

    /// <summary>"赶紧去敲门", "你们快点来", "hurry up": the owner presses for the people to come sooner.</summary>
    public static bool Hurries(string normalized) => Hurry().IsMatch(normalized ?? "");

    /// <summary>"对，麻烦快点", "好的 抓紧啊": a yes and a hurry, about the request at hand — nothing else asked for.</summary>
    public static bool OnlyUrges(string normalized)
    {
        var rest = Hurry().Replace(normalized ?? "", "");
        return rest.Length < (normalized ?? "").Length && Filler().Replace(rest, "").Length == 0;
    }

    [GeneratedRegex(@"(?i)[\s，,。.、!！~～]|对|是|的|好|嗯|行|麻烦|请|你们|师傅|一下|一点|吧|啊|呀|哦|了|点|\b(?:yes|ok|okay|please|pls)\b")]
    private static partial Regex Filler();

    /// <summary>A lift is what the request is about.</summary>
    public static bool AboutALift(string normalized) => Lift().IsMatch(normalized ?? "");

    /// <summary>"里面好像有人", "我听到有人在拍门", "someone's inside": a person shut in, now.</summary>
    public static bool SomeoneInsideNow(string normalized) => Inside().IsMatch(normalized ?? "") && !NoOneInside().IsMatch(normalized ?? "");

    [GeneratedRegex(@"电梯|升降机|轿厢|(?i:(lift|elevator)s?)")]
    private static partial Regex Lift();

    [GeneratedRegex(@"(里面|里头|里边|轿厢里|电梯里)(好像|可能|应该|估计|似乎|感觉)?(还)?有(个|人|几个)?人|有人在(里面|里头)?(拍门|敲门|喊|叫|呼救|求救|哭)|听到(有人|里面)?(在)?(拍门|敲门|喊救命|呼救|求救|有人喊)|(?i:(someone|somebody|people|a person|a child|a kid)('s| is| are)? (inside|in there|stuck inside|trapped))")]
    private static partial Regex Inside();

    [GeneratedRegex(@"(里面|里头|电梯里)(没|没有)人|没人在里面|(?i:no ?one (is )?(inside|in there)|empty)")]
    private static partial Regex NoOneInside();

    /// <summary>"师傅大概几点到？", "还要多久", "when will they get here": when the people sent will arrive.</summary>
    public static bool AsksWhenTheyCome(string normalized) => WhenTheyCome().IsMatch(normalized ?? "");

    [GeneratedRegex(@"(几点|什么时候|啥时候|多久|多长时间|大概)(能|可以|会)?(到|来|过来|上门|赶到|到达)|还要(等)?多久|还得(等)?多久|(?i:when will (they|he|she|someone|the \w+) (come|arrive|be here|get here)|how long (until|till|before|will)|eta)")]
    private static partial Regex WhenTheyCome();

    [GeneratedRegex(@"赶紧|赶快|快点|快些|快来|快去|快过来|抓紧|尽快|马上(?:来|去|过来|派)|(?i:\bhurry\b|\bquick(?:ly)?\b|\basap\b)")]
    private static partial Regex Hurry();

    /// <summary>"栋单元 家": what is left of "2栋1单元，我家2601" once the flat is read — nothing to note.</summary>
    public static bool IsAddressResidue(string leftover) => AddressResidue().Replace(leftover ?? "", "").Length == 0;

    [GeneratedRegex(@"(?i)[\s，,。.、]|栋|幢|座|号楼|单元|号|楼|室|房|家|我|的|是|住|在|就|\b(?:i|we|live|lives|living|in|at|my|our|flat|apartment|unit|room|building|is|it's|i'm)\b")]
    private static partial Regex AddressResidue();

    /// <summary>"那就不用现在来了，明天早上9点过来修就行" less its time: talk about the visit itself, no detail of the matter.</summary>
    public static bool IsVisitTalk(string leftover) => VisitTalk().Replace(leftover ?? "", "").Length == 0;

    [GeneratedRegex(@"(?i)[\s，,。.、!！~～]|那|就|不用|不必|别|不要|弄|搞|处理|看|现在|现|在|再|来了|来|过来|上门|上来|修|行|可以|好|吧|啊|呀|师傅|派人|派|看看|看一下|一下|时候|的|了|麻烦|你们|请|能不能|能否|可不可以|个|人|\b(?:come|then|please|fine|ok|okay)\b")]
    private static partial Regex VisitTalk();

    /// <summary>"其他没问题", "别的都对", "the rest is fine": beside a correction, the rest of the restatement is agreed.</summary>
    public static bool SaysTheRestIsRight(string normalized) => RestIsRight().IsMatch(normalized ?? "");

    [GeneratedRegex(@"(其他|其它|别的|其余|剩下的)(的)?(都|也)?(没问题|对|没错|可以|不用改|ok)|\b(the rest|everything else|all else)('s| is)? (fine|correct|right|ok)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RestIsRight();

    /// <summary>"先别派人，我先自己试试", "等一下再来": the visit is held while the owner tries something — nothing is called off ("目前先不用派人" with nothing to try is a cancel).</summary>
    public static bool HoldsTheVisit(string normalized) => HoldVisit().IsMatch(normalized ?? "") && !CancelTicket().IsMatch(normalized ?? "");

    [GeneratedRegex("(先别|先不要|先不用)(派|来|过来|上来|上门)(?=[^。.!！?？]{0,24}(试|通|弄|看看|修|等|找))|(等一下|等会|等等)再(派|来|过来)|\\b(hold on|wait) (before|with) (sending|the visit)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex HoldVisit();

    /// <summary>
    /// "等下哈 我老公说灯是亮的？？我去看一眼", "稍等，我先问问我妈", "hold on, let me check": the owner goes to look before
    /// saying yes — not a yes, not a no.
    /// </summary>
    /// <summary>
    /// "对，就这么记。我等着看你们怎么处理", "好的，等你们消息": the owner agrees and waits for the outcome — nothing to add
    /// to the ticket and nothing asked; every clause is agreement or waiting.
    /// </summary>
    public static bool WaitsForTheOutcome(string normalized) =>
        WaitingClauses().IsMatch((normalized ?? "").Trim()) && WaitingClause().IsMatch(normalized ?? "");

    [GeneratedRegex(@"^((对|对的|是的|好|好的|行|嗯|可以|没问题|就这么记|就这么写|就这样|就这么办|那就这样|记上|记好)[吧了啊哈呀]*[，,。.!！\s]*|((那)?我(就|先)?(在家)?等着?(看)?(你们|物业|你们物业)?(的)?(怎么处理|怎么解决|怎么给我交代|处理结果|结果|消息|答复|回复|回音|给个说法|怎么说|通知|电话)[了吧啊呀哈]*[，,。.!！\s]*))+$")]
    private static partial Regex WaitingClauses();

    [GeneratedRegex(@"我(就|先)?(在家)?等")]
    private static partial Regex WaitingClause();

    /// <summary>"你们系统里没记录吗？", "不是登记过了吗", "你们查不到吗": the owner asks what the estate has on file.</summary>
    public static bool AsksAboutItsRecords(string normalized) => OnFile().IsMatch(normalized ?? "");

    [GeneratedRegex(@"(系统|电脑|后台|记录|档案)里?(面)?(没有?|查不到|找不到)|(没有?|查不到|找不到)(我的)?(记录|登记|档案)|不是(已经)?登记过|(你们|你)(自己)?查不到|\b(don't|do not) you have (it|me|my \w+) on (file|record)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnFile();

    public static bool GoesToCheckFirst(string normalized) =>
        CheckFirst().IsMatch(normalized ?? "") && !AfterAll().IsMatch(normalized ?? "") && !CancelTicket().IsMatch(normalized ?? "");

    [GeneratedRegex(@"^(等下|等一下|等等|稍等|等会儿?|先等等)[哈啊哦一下，,。.!！ ]*$|(我|让我)(先|再)?(去|出去|下去|上去|过去|回去)?(看一眼|看看|看一下|瞧瞧|瞧一眼|确认一下|问问|问一下|检查一下|试试|试一下)|\b(hold on|wait)\b.{0,20}\blet me (check|see|look|ask)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CheckFirst();

    /// <summary>"算了还是帮我叫吧", "唉算了，还是修吧", "哎算了算了，我够不着那个灯，还是麻烦师傅来一趟吧": the 算了 lets go of the change of
    /// mind, not of the request.</summary>
    public static bool TakesBackTheCancel(string normalized) => LettingGoOfTheCancel().IsMatch(normalized ?? "");

    [GeneratedRegex("^(哎|唉|嗯|那|啊|哎呀)?[，,。.!！ ]*(算了|不行)[，,。.!！ ]*(我们|我|那)?还是|^(哎|唉|嗯|那|啊|哎呀)?[，,。.!！ ]*(算了|不行)(算了|不行)?[^。.!！?？]{0,16}还是(麻烦|请|帮|派|来|修|换|弄|要)")]
    private static partial Regex LettingGoOfTheCancel();

    /// <summary>"还是派吧", "还是得麻烦你们来一趟", "派人吧" (after a hold): someone is to come after all.</summary>
    public static bool SendsAfterAll(string normalized) => AfterAll().IsMatch(normalized ?? "");

    [GeneratedRegex("还是(得|要|需要)?(派|来|过来|上门|麻烦你们|叫师傅|请师傅)|^(那|好)?(就)?(派人|派吧|派人吧|可以派了|可以派人了|可以来了|现在派)[吧啊呀。.!！]*$|please do send|send (someone|them) after all", RegexOptions.IgnoreCase)]
    private static partial Regex AfterAll();

    /// <summary>
    /// "那帮我报一下吧", "那就报修吧", "那派个人来看看": the owner asks for what was just talked about to be filed, naming no
    /// matter of its own.
    /// </summary>
    public static bool AsksToFileIt(string normalized) => FileIt().IsMatch(normalized ?? "");

    [GeneratedRegex(@"(?<!不用|不要|不需要|别|先不|无需|不必)(?:帮我|给我|麻烦|那就|那|就)(?:你们)?(?:报一下|报个修|报修|报上去|登记一下|登记吧|派(?:个)?人来看(?:看|一下)|安排(?:个)?(?:人|师傅)(?:来|过来|上门)|叫(?:个)?师傅来)|(?i:(?:please|can you|could you) (?:report|log|file) it)")]
    private static partial Regex FileIt();

    /// <summary>The owner wants a request they just called off after all ("哎还是修吧", "还是你们去说一下吧", "不取消了", "那还是按原来的约吧").</summary>
    public static bool Reinstates(string normalized) => Reinstate().IsMatch(normalized ?? "") && !StillOff().IsMatch(normalized ?? "");

    /// <summary>
    /// "你们多久能到", "师傅几点来", "还要等多久", "報修幾耐有師傅上門", "How long until the technician gets here?": how soon
    /// staff come or the matter is dealt with — the one reading shared by the root, the open request and the status answer.
    /// </summary>
    public static bool AsksHowSoon(string normalized) => HowSoon().IsMatch(normalized ?? "");

    /// <summary>"大概多久能给我确认？", "什么时候回复我": how soon the owner hears back (the promise to confirm), not the visit.</summary>
    public static bool AsksWhenConfirmed(string normalized) => WhenConfirmed().IsMatch(normalized ?? "");

    /// <summary>How soon the owner hears back: also one of the ways of asking how soon (<see cref="HowSoon"/>).</summary>
    private const string WhenConfirmedWords = "(多久|多长时间|什么时候|几点)(能|会|可以)?(给我)?(确认|回复|答复|回话|回电|联系我|打给我|给个说法|有结果|有消息|有回音)";

    [GeneratedRegex(WhenConfirmedWords)]
    private static partial Regex WhenConfirmed();

    /// <summary>How soon someone comes or deals with it ("要多久才有人来看"), not how long something else lasts ("How long can you keep it?").</summary>
    public static bool AsksWhenSomeoneComes(string normalized) => AsksHowSoon(normalized) && SomeoneComes().IsMatch(normalized ?? "");

    /// <summary>
    /// The answer to a restatement objects to it: a correction, a cancel, a bare 不对 / 不是, or one that starts by rejecting
    /// it ("不对，时间错了") — not a negated detail ("没有人关在里面，就是不动了").
    /// </summary>
    public static bool RejectsRestatement(Slots.SlotReading slots, string normalized)
    {
        ArgumentNullException.ThrowIfNull(slots);
        return slots.Act is Understanding.Acts.DialogAct.Correction or Understanding.Acts.DialogAct.Cancel
            || (slots.Act == Understanding.Acts.DialogAct.Deny && (slots.OnlyAct || Rejection().IsMatch(normalized ?? "")));
    }

    /// <summary>Who is writing, and how to reach them again on this channel.</summary>
    public static TicketOwner OwnerOf(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new TicketOwner(
            turn.Activity.From?.Id ?? "anonymous",
            turn.User.Surname is null ? turn.Activity.From?.Name : turn.User.Address,
            turn.User.ContactPhone,
            turn.Activity.ChannelId,
            JsonSerializer.Serialize(turn.Activity.GetConversationReference(), ActivityJson.Options));
    }

    [GeneratedRegex("取消|撤销|撤回|撤了|撤掉|撤单|别报了|不用报了|就不报了|不用弄了|不用来了|不用过来了|别来了|不要来了|不用上门了|不修了|不用修了|不用订了|不用叫了|cancel", RegexOptions.IgnoreCase)]
    private static partial Regex CancelTicket();

    [GeneratedRegex("还是(?:要|得|需要|修|帮|给|你们|麻烦|请|派|来|弄|换|订|叫|去|登记|报|处理|安排|约)|还是(?:按|照)(?:原来|之前|刚才|原先|原计划)|照旧|按原(?:来的|先的)?(?:约|计划|安排|时间)来|不取消了|别取消|不要取消|先不取消|恢复(?:刚才|一下|工单|吧)|重新(?:登记|报|安排|下单|预约)|改主意|changed my mind|after all|please do send|\\bgo ahead\\b|\\bplease proceed\\b|\\bproceed with\\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reinstate();

    [GeneratedRegex("还是算了|还是不(用|要|修|弄|麻烦|需要|必|派|来)|还是别|还是取消")]
    private static partial Regex StillOff();

    [GeneratedRegex(@"(多久|多长时间|多長時間|多快|几点|幾點|什么时候|什麼時候|啥时候|几时|幾時|幾耐|几耐|几天|幾天|几个小时|幾個小時)(能|会|會|可以|才|就|大概|先)?(有人|有师傅|有師傅|派人)?(到|来|來|過來|过来|去|上门|上門|上來|上来|处理|處理|派人|修好|修|弄好|搞定|解决|解決)(?!几|幾)|" + WhenConfirmedWords + @"|(还|還)要(等)?多久|要等多久|等(了)?(多久|好久)|快到了(吗|嗎|没|未)|怎么还没(人)?(来|到)|點解仲未到|\bhow (long|soon)\b|\bwhen will (someone|you|they|the|he|she|it)\b|\beta\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowSoon();

    [GeneratedRegex("租户|租客|租的|租住|租房|房客|tenant|rent", RegexOptions.IgnoreCase)]
    private static partial Regex Tenant();

    [GeneratedRegex(@"[\s\p{P}\p{S}]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"^(我要|我想|想要|帮我|我需要|需要)?(报修|维修|投诉|反映|咨询|预约|服务|礼宾服务|修东西|找物业)(一下)?$")]
    private static partial Regex GenericAsk();


    [GeneratedRegex(@"^\s*(不对|不對|不是|错了|錯了|有错|有误|搞错|弄错|写错|不行|唔啱|唔係|\bno\b|\bnope\b|\bwrong\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Rejection();

    [GeneratedRegex(@"来|來|到|上门|上門|过来|過來|派人|处理|處理|修|\b(someone|technician|plumber|electrician|staff|get here|come|arrive)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneComes();

    /// <summary>"对就是8栋1单元的单元门", "是的，就在那个门禁那里": a yes that goes on to say the same place again, closer.</summary>
    public static bool YesItIsThere(string text) => YesThere().IsMatch(text ?? "");

    [GeneratedRegex(@"^\s*(对对|对|对的|对啊|对呀|是的|是啊|没错|嗯|嗯嗯)[\s,，。.!！]*(就是|就在|是在|在)(?![^，。,.!！?？]{0,12}(不对|不是|错了|改))")]
    private static partial Regex YesThere();
}
