using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Calendar;

namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>
/// The one tap before sending someone for a request only the model read as urgent: "您是需要我们马上派人过来吗？".
/// 是 opens it at once; 不用 — or an answer that goes on with the request (a flat, a time) — takes the slower class.
/// </summary>
public sealed partial class DispatchStep : RequestStep
{
    public const string StepName = "dispatch";
    public const string Now = "是，马上派人";
    public const string NotNow = "不用，正常登记";

    public override string Name => StepName;

    public override bool IsPending(RequestTurn turn) => turn.State.DispatchFallback is not null && turn.State.TicketNumber is null;

    public override string Question(RequestTurn turn) =>
        "想跟您确认一下：您是需要我们马上派人过来处理吗？是的话请回复“是”，我们立即安排；不是的话回复“不用”，我们按正常流程为您登记。";

    public override string Retry(RequestTurn turn) => Question(turn);

    public override IReadOnlyList<string> Choices(RequestTurn turn) => [Now, NotNow];

    /// <summary>Said when the answer booked a visit for later instead of asking for someone now.</summary>
    public const string TakenAsOrdinary = "好的，按您约的时间为您登记；如需要马上派人，随时回复“马上派人”。";

    /// <summary>The answer books a visit for another day or hours ahead ("明天早上八点来修可以吗"): nobody is needed at once.</summary>
    public static bool BooksForLater(SlotReading slots, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(slots);
        return (slots.Time is { } at && at - now > LaterThan) || (slots.Day is { } day && day > DateOnly.FromDateTime(ChinaTime.ToLocal(now).DateTime));
    }

    private static readonly TimeSpan LaterThan = TimeSpan.FromHours(2);

    /// <summary>
    /// The answer to the one tap only asks: "我就是想问 if 下次再停电…怎么办？", "就问问", "what should I do if…" — a question
    /// about what to do, not a call for someone now.
    /// </summary>
    public static bool OnlyAsks(string normalized) =>
        JustAsking().IsMatch(normalized ?? "") || CueContext.OnlyAsking(normalized ?? "") || CueContext.IsHypotheticalQuestion(normalized ?? "");

    /// <summary>
    /// "OK got it, I'll run them one at a time. Thanks!", "明白了，谢谢": advice taken and thanks given — an "OK" in it is no yes
    /// to sending someone now.
    /// </summary>
    public static bool OnlyAcknowledges(string normalized) =>
        Acknowledged().IsMatch(normalized ?? "") && RequestWords.Thanks(normalized ?? "") && !SomeoneNow().IsMatch(normalized ?? "");

    [GeneratedRegex(@"明白了|知道了|了解了|懂了|晓得了|(?i:\b(got it|understood|makes sense|i see|noted|will do)\b)")]
    private static partial Regex Acknowledged();

    /// <summary>A question for a fact (a price, who to call, when) rather than for something to be done ("要不要先停了检查").</summary>
    public static bool AsksForInformation(string normalized) => ForInformation().IsMatch(normalized ?? "");

    [GeneratedRegex(@"多少钱|收费|收钱|要钱|怎么收|几多钱|找谁|打什么电话|什么时候|几点|怎么办|(?i:\bhow much\b|\bwho (do|should) i (call|ask)\b|\bwhat should i do\b)")]
    private static partial Regex ForInformation();

    [GeneratedRegex(@"(就|只|我)是?想问|就想问|只想问|想咨询一下|(就|只)是?想(了解|知道)|想了解一下|(?i:\b(just|only) (want(ed)? to )?ask|\b(just|only) (want(ed)?|wanna|need(ed)?|would like|'d like) to (know|ask|check|find out)\b|\bnot asking (for )?(anyone|someone|anybody|you)\b|\b(don't|do not) need (anyone|someone|anybody|you|a technician|an electrician|a plumber) to come\b|\bno need (for anyone |for someone )?to (send|come)\b)")]
    private static partial Regex JustAsking();

    /// <summary>
    /// The report itself says the matter has lasted or only might matter ("已经放了快一个礼拜了", "万一有个什么事"), or asks for a
    /// look when convenient ("那还是派个师傅来看看吧"), or tells of offerings burnt by a neighbour with nothing caught ("楼梯间
    /// 老有人烧纸钱"), or that it was found after the fact ("今早下去才发现锁被撬了"): an owner who then goes on with the flat,
    /// not answering the one tap,
    /// is not asking for someone in ten minutes. Words of hurry in it win (<see cref="CallsForSomeoneNow"/>).
    /// </summary>
    public static bool ShowsNoHurry(string normalized) =>
        (NoHurry().IsMatch(normalized ?? "") || CueContext.OfferingsBurntOnly(normalized ?? "")) && !SomeoneNow().IsMatch(normalized ?? "");

    [GeneratedRegex(@"(已经|都|快)[^。.!！?？，,]{0,6}(一|两|三|四|五|几|好几|十几)(个)?(礼拜|星期|周|天|个月|月)了|好几天了|好些天了|好久了|很久了|一直这样|老毛病|万一|(派|叫|找)个(师傅|人|电工)(过)?来看(看|一下)吧|有空(的时候)?(过)?来|方便的时候(过)?来|(下去|下楼|落去|落楼|回来|返来|回家|返屋企|起来|起身|过去|进去|打开)[^。.!！?？，,]{0,3}(才|先)发现")]
    private static partial Regex NoHurry();

    /// <summary>
    /// The answer to the one tap goes on with a complaint instead of a yes ("就是1803那家的两个男孩子…家长根本不管", "I want to
    /// file a formal complaint"): what the owner wants is the complaint handled, not someone in ten minutes. Gives that
    /// complaint class — the reply's own reading when the model is sure it is a complaint and reads the report and the reply
    /// together as that complaint too, else the neighbour or the other complaint as the words say — or null when the reply
    /// is no complaint or carries words of hurry or danger.
    /// </summary>
    public static string? ComplaintInstead(string normalized, string? replyIntent, double replyConfidence, string? replyCue, string? togetherIntent)
    {
        var text = normalized ?? "";
        if (replyCue is not null || SomeoneNow().IsMatch(text))
        {
            return null;
        }

        if (replyIntent is IntentCode.ComplaintNeighbor or IntentCode.ComplaintOther or IntentCode.ComplaintStaff && replyConfidence >= SureOfTheComplaint
            && togetherIntent == replyIntent)
        {
            return replyIntent;
        }

        return CueContext.LodgesAComplaint(text) ? (CueContext.NamesANeighbour(text) ? IntentCode.ComplaintNeighbor : IntentCode.ComplaintOther) : null;
    }

    private const double SureOfTheComplaint = 0.8;

    /// <summary>
    /// "孩子没事，就是吓哭了。你们能不能管管这些外卖骑手" in answer to the one tap after a near miss the model read as an
    /// emergency (<see cref="NearMiss"/>): nobody is hurt — no one to send in ten minutes for a person.
    /// </summary>
    public static bool NobodyHurt(string normalized) => NoOneHurt().IsMatch(normalized ?? "") && !SomeoneNow().IsMatch(normalized ?? "");

    [GeneratedRegex(@"(孩子|小孩|娃|人|大家|老人|他|她|我)(都|也|倒是)?没(什么|啥)?事|没(有)?(人)?受伤|没伤着|没伤到|(?i:\b(no one|nobody)('s| is| was| got)? (hurt|injured)\b|\b(everyone|everybody|we)('re| are) (fine|ok|okay|safe)\b)")]
    private static partial Regex NoOneHurt();

    /// <summary>"差点被电动车撞到": the report tells of a near miss — something that almost happened.</summary>
    public static bool NearMiss(string normalized) => NearlyHappened().IsMatch(normalized ?? "");

    [GeneratedRegex(@"差点|差一点|险些|险险|(?i:\b(nearly|almost) (got |been )?(hit|run over|knocked|fell|fallen)\b)")]
    private static partial Regex NearlyHappened();

    /// <summary>The first message itself calls for someone now ("快来人！", "赶紧派人"): no need to ask.</summary>
    public static bool CallsForSomeoneNow(string normalized) => SomeoneNow().IsMatch(normalized ?? "");

    [GeneratedRegex(@"快来人|快(点|些)?(来|過來|过来|派人)|赶(紧|快)(来|派|过来|叫人|找人)|马上(来|派|过来)|立(刻|即)(来|派)|救命|急急急|快啲(嚟|来)|\b(asap|urgent(ly)?|emergency|come (right )?now)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneNow();
}
