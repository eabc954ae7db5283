using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Handbook;
using ConciergeBot.Dialogs.Requests.Steps;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Entities.Rooms;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Calendar;

using ConciergeBot.Dialogs.Requests.Slots;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>The second part of a first message ("…，顺便问一下停车费多少"): a question to answer, or a request to queue.</summary>
public sealed record SecondPart(string Text, string Intent, bool Queued, string? Answer = null);

/// <summary>
/// What an owner says beside the request being gathered: a question (answered from the open ticket — 师傅多久能到 —
/// or from the handbook, then the prompt again), a second request (queued and opened when this one ends), or a
/// second part of the first message.
/// </summary>
public sealed partial class RequestFollowUps(RequestServices services, HandbookAnswerer answerer, IMessageClassifier classifier)
{
    private const double NewRequestConfidence = 0.8;

    /// <summary>Enough when the owner announces a second matter in so many words ("顺便说一下…", "另外…").</summary>
    private const double AnnouncedRequestConfidence = 0.5;
    private const int MinRequestLength = 6;

    /// <summary>Entries that refer the owner elsewhere rather than answer (outside services).</summary>
    private const string ReferralEntry = "service.external";

    /// <summary>Splits a first message at 顺便 / 另外 / 二是 …; the part after it is queued (a request) or answered (a question).</summary>
    public Task<SecondPart?> SplitSecondAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (RequestSplitter.FirstTwo(turn.Turn.NormalizedText) is not { } parts)
        {
            return Task.FromResult<SecondPart?>(null);
        }

        var second = parts.Second;

        var reading = classifier.Read(second, turn.Now);
        var profile = IntentProfiles.For(reading.Intent);
        if (reading.Intent == turn.State.Intent || reading.OutOfDomain)
        {
            return Task.FromResult<SecondPart?>(null);
        }

        if (turn.State.Intent == IntentCode.Emergency && IntentCode.IsTimeCritical(reading.Intent) && reading.Cue is null)
        {
            // "瓷砖掉下来了…还有，底下一堆小孩在玩": with no danger of its own, the rest tells the same emergency further.
            return Task.FromResult<SecondPart?>(null);
        }

        if (profile.OpensTicket)
        {
            turn.State.Queued.Add(new QueuedRequest(second, reading.Intent, reading.Severity));
            KeepFirstPartOnly(turn, parts.First);
            return Task.FromResult<SecondPart?>(new SecondPart(second, reading.Intent, true));
        }

        if (!reading.Intent.StartsWith("inquiry.", StringComparison.Ordinal))
        {
            return Task.FromResult<SecondPart?>(null);
        }

        var answer = answerer.AnswerNormalized(second);
        if (!answer.Known || answer.SourceId == ReferralEntry)
        {
            // Unanswered, the question stays in the request's words for the staff who take it.
            return Task.FromResult<SecondPart?>(new SecondPart(second, reading.Intent, false));
        }

        KeepFirstPartOnly(turn, parts.First);
        return Task.FromResult<SecondPart?>(new SecondPart(second, reading.Intent, false, answer.Text));
    }

    /// <summary>
    /// "4栋2单元，就在单元门口正上方。对了，我们单元一楼大堂天花板也在往下滴水…" to a prompt: the answer, then another matter
    /// in so many words (对了 / 另外 / 还有…), a request of its own that a cue raises — of another kind, or of the same kind
    /// at another place ("…也…"). The answer part and the request to queue, or null.
    /// </summary>
    public (string Answer, QueuedRequest Second)? AnswerAndAnotherRequest(string normalized, string currentIntent, DateTimeOffset now)
    {
        // The answer comes first ("对了阳台那个灯泡也坏了…" is all another matter, queued as a whole elsewhere).
        if (RequestSplitter.FirstTwo(normalized ?? "") is not { } parts || parts.Second.Length < MinRequestLength
            || !normalized!.TrimStart().StartsWith(parts.First, StringComparison.Ordinal))
        {
            return null;
        }

        // Only a matter that reports something of its own to see to ("…天花板也在往下滴水"), not more words about this one
        // ("…主要是擦窗户 还有厨房油烟机跟卫生间", read alone as a repair).
        var reading = classifier.Read(parts.Second, now);
        if (reading.Cue is null || reading.OutOfDomain || !IntentProfiles.For(reading.Intent).OpensTicket)
        {
            return null;
        }

        var elsewhere = reading.Intent != currentIntent
            || (parts.Second.Contains('也', StringComparison.Ordinal) && (PublicPlaceReader.Find(parts.Second) is { } there
                ? PublicPlaceReader.Find(parts.First) is not { } here || there.Describe() != here.Describe()
                : SharedPlaceWord().IsMatch(parts.Second)));
        return elsewhere ? (parts.First, new QueuedRequest(parts.Second, reading.Intent, reading.Severity)) : null;
    }

    [GeneratedRegex("大堂|门厅|电梯|楼道|走廊|楼梯|车库|地库|花园|天台|楼顶|广场|门口|岗亭|会所")]
    private static partial Regex SharedPlaceWord();

    /// <summary>
    /// The ticket describes the request, not the matter split off it (queued or answered): the owner's own words up to
    /// the switch ("另外…", "还想问下…"), in the script they wrote, or the normalised first part when the switch was
    /// written in a form only normalisation reads (順便 in Traditional).
    /// </summary>
    private static void KeepFirstPartOnly(RequestTurn turn, string normalizedFirst)
    {
        if (turn.State.Description.Length == 0)
        {
            return;
        }

        turn.State.Description = RequestSplitter.FirstTwo(turn.State.Description) is { } written ? written.First : normalizedFirst;
    }

    /// <summary>Tells the owner the second request is noted, or answers the second question.</summary>
    public static async Task AnswerAsync(RequestTurn turn, SecondPart second, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(second);
        if (second.Queued)
        {
            await turn.SendAsync($"您说的另一件事（{IntentCode.Label(second.Intent)}）我也记下了，这件登记好后马上为您办理。", cancellationToken);
            return;
        }

        if (second.Answer is { } answer)
        {
            RecentAnswers.Remember(turn.Turn.Conversation, second.Text, answer);
            await turn.SendAsync("另外，您问到的：" + answer, cancellationToken);
        }
    }

    /// <summary>
    /// A question at a prompt: how soon (from the open ticket), else the handbook. False when it has no answer. Answered
    /// once a turn: a question met at the prompt is not met again where the request goes on (true then, nothing sent).
    /// </summary>
    public async Task<bool> AnswerQuestionAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.QuestionAnswered)
        {
            return true;
        }

        turn.QuestionAnswered = await AnswerOnceAsync(turn, cancellationToken);
        return turn.QuestionAnswered;
    }

    private async Task<bool> AnswerOnceAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Turn.NormalizedText;
        if (RecentAnswers.Recall(turn.Turn.Conversation, text) is { } again)
        {
            await turn.SendAsync(again, cancellationToken);
            return true;
        }

        if (RequestWords.AsksHowSoon(text) && await EarlierTicketAskedAfterAsync(turn, cancellationToken) is { } earlier)
        {
            await turn.SendAsync(AboutEarlier(earlier, turn), cancellationToken);
            return true;
        }

        if (RequestWords.AsksHowSoon(text) && !RequestWords.AsksWhenConfirmed(text) && turn.State.TicketNumber is { } booked && turn.State.VisitAt is { } visit)
        {
            await turn.SendAsync($"工单 {booked} 已派出，师傅会按您约的时间（{ChineseTimeText.Clock(visit, turn.Now)}）上门，请您保持电话畅通。", cancellationToken);
            return true;
        }

        if (RequestWords.AsksHowSoon(text) && turn.State.TicketNumber is { } number)
        {
            var due = (await services.Tickets.ForOwnerAsync(OwnerIdentity.Of(turn.Turn.Activity), 10, cancellationToken))
                .FirstOrDefault(t => t.Number == number)?.Due;
            if (due is { } at)
            {
                // "今天能弄好吗" on a three-working-day public repair: the promise in its own words ("3个工作日内…修复"),
                // not an arrival.
                await turn.SendAsync($"工单 {number} 已派出，按服务标准，{Promises.Standard(turn.State.Intent, at, turn.Now)}，请您稍候，保持电话畅通。", cancellationToken);
                return true;
            }
        }

        if (RequestWords.AsksWhenConfirmed(text) && turn.State.TicketNumber is null && Promises.BeforeOpening(turn.State.Intent) is { } promise)
        {
            // "那你们什么时候给我答复" while the contact is still asked for: the standard's promise, counted from registering.
            await turn.SendAsync($"登记后，{promise}。", cancellationToken);
            return true;
        }

        if (WhatToDo().IsMatch(text) && turn.State.TicketNumber is not null
            && HandbookNotes.SafetyFor(services.Knowledge, turn.State.Intent, turn.State.NormalizedDescription) is { } safety)
        {
            await turn.SendAsync($"请注意安全：{safety}工作人员正在赶来，请保持电话畅通。", cancellationToken);
            return true;
        }

        if (RequestWords.AsksAboutItsRecords(text))
        {
            // "4栋1单元1603，你们系统里没记录吗？": a question about what the estate has on file is no question for the
            // handbook — the words of the request around it would match an entry by chance (the technician it names).
            return false;
        }

        // A question read alone (with the owner's address when they say 我家), then in the light of the request
        // ("要收钱吗？" while booking a bulb change).
        // "对，麻烦派人去跟他们沟通一下…。btw 装修到底几点到几点可以钻？": what was asked, not the statements around it.
        var asked = QuestionSentences.AskedIn(text);
        var full = RecentAnswers.Elliptical(turn.Turn.Conversation, asked) ?? asked;
        HandbookAnswer AnswerAlone(string question) =>
            answerer.AnswerNormalized(QuestionContext.WithHome(question, turn.Home, services.Entities(question, turn.Now), turn.Turn.Conversation.LastRoomNamed));

        var answer = AnswerAlone(full);
        if (full != text && (!Usable(answer) || answer.Score < AloneIsClear))
        {
            // "另外发票怎么开？我要电子发票，公司报销用": the words around a question may name its subject — taken when they
            // match clearly, not from one word of a statement ("别又是登记一下就完了" is no question about visitors).
            var whole = AnswerAlone(text);
            if (Usable(whole) && whole.Score >= AloneIsClear && (!Usable(answer) || whole.Score > answer.Score))
            {
                answer = whole;
            }
        }

        // "换一个多少钱啊" while booking a bulb change: a question with no subject of its own is about the request.
        var refersBack = RequestWords.AsksAboutTheRequestItself(text);
        if (turn.State.NormalizedDescription.Length > 0 && (!Usable(answer) || answer.Score < AloneIsClear || refersBack))
        {
            // Read with the request too ("How much will the repair cost?" while booking a tap), and without the flat:
            // "6栋2单元1502，…" would otherwise match the estate overview (楼栋, 单元) over the question. Only what was asked is
            // added: "…能不能真去跟他说说？别又是登记一下就完了" asks for action, and its 登记 is no question about visitors.
            var withRequest = answerer.AnswerNormalized($"{WithoutFlats(turn.State.NormalizedDescription, turn.Now)}，{asked}");
            // "以后再堵，上门通要收钱吗？" after a blocked toilet: a price asked is answered with a price, however well the
            // request's own words match the deadlines.
            // So is a fee named ("顺便问下一年物业费多少" after a drain was reported).
            var keepsThePrice = (CueContext.AsksAPrice(text) || CueContext.SpeaksOfFees(text)) && IsFee(answer) && !IsFee(withRequest);
            if (Usable(withRequest) && (!Usable(answer) || withRequest.Score > answer.Score || refersBack) && !keepsThePrice)
            {
                answer = withRequest;
            }
        }

        if (!Usable(answer))
        {
            return false;
        }

        RecentAnswers.Remember(turn.Turn.Conversation, full, answer.Text);
        await turn.SendAsync(answer.Text, cancellationToken);
        return true;
    }

    /// <summary>
    /// The fee rule a disputed charge rests on, sent before the complaint is restated ("凭什么收滞纳金" hears the late-fee
    /// rule and where it is written); false, and nothing sent, when the handbook holds no fee for it.
    /// </summary>
    public async Task<bool> ExplainChargeAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var answer = answerer.AnswerNormalized(WithoutFlats(turn.State.NormalizedDescription, turn.Now));
        if (!IsFee(answer))
        {
            return false;
        }

        RecentAnswers.Remember(turn.Turn.Conversation, turn.State.NormalizedDescription, answer.Text);
        await turn.SendAsync($"先向您说明这笔费用的依据：{answer.Text}\n如果您仍有异议，我为您登记投诉，由客服核实您的账单。", cancellationToken);
        return true;
    }

    /// <summary>Answers one question from the handbook as it stands; false, and nothing sent, when the handbook has no answer.</summary>
    public async Task<bool> AnswerOnlyAsync(RequestTurn turn, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var answer = answerer.AnswerNormalized(question);
        if (!Usable(answer))
        {
            return false;
        }

        RecentAnswers.Remember(turn.Turn.Conversation, question, answer.Text);
        await turn.SendAsync(answer.Text, cancellationToken);
        return true;
    }

    /// <summary>A question read alone that scores this well needs no help from the request it was asked in.</summary>
    private const double AloneIsClear = 0.5;

    private string WithoutFlats(string text, DateTimeOffset now)
    {
        text = FlatReader.WithChineseAddresses(text);
        return RoomMentions.Removed(text, services.Entities(text, now));
    }

    /// <summary>"顺便说一下…", "另外…" (opening the message too: "另外南门的路灯也不亮了"), "还有个事…", "by the way": the owner says a second matter follows.</summary>
    public static bool NamesAnotherMatter(string normalized) => AnotherMatter().IsMatch(normalized ?? "");

    /// <summary>The kind of matter an intent code names: repair, public, complaint, inquiry…</summary>
    internal static string Family(string intent) => intent.Split('.')[0];

    /// <summary>The handbook answered (not with its entry that only refers the owner elsewhere).</summary>
    internal static bool Usable(HandbookAnswer answer) => answer.Known && answer.SourceId != ReferralEntry;

    private static bool IsFee(HandbookAnswer answer) =>
        Usable(answer) && answer.SourceId.StartsWith("fee.", StringComparison.Ordinal);

    /// <summary>A message that is clearly another request (not an answer): queued, opened when this one ends.</summary>
    public async Task<bool> QueueNewRequestAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var slots = turn.Slots;
        if (slots.OnlyAct || slots.Act is DialogAct.Cancel or DialogAct.Correction || turn.Turn.NormalizedText.Length < MinRequestLength || RequestWords.OnlyUrges(turn.Turn.NormalizedText))
        {
            return false;
        }

        var reading = turn.Turn.Get<MessageReading>() ?? classifier.Read(turn.Turn);
        var profile = IntentProfiles.For(reading.Intent);
        // More words about the same matter: an urgent ticket's next alarm, a complaint's details read as another complaint.
        var anotherOne = AnotherOne().IsMatch(turn.Turn.NormalizedText);
        var sameIncident = turn.State.TicketNumber is not null && IntentCode.IsTimeCritical(reading.Intent)
            || (Family(reading.Intent) == Family(turn.State.Intent) && !anotherOne);
        // A class that sends someone at once is queued only on words that report it (a cue), never on the model alone.
        var unbacked = IntentCode.IsTimeCritical(reading.Intent) && reading.Cue is null;
        if ((reading.Intent == turn.State.Intent && !anotherOne) || !profile.OpensTicket || sameIncident || reading.NeedsClarification || unbacked
            || NamesStaffWithoutGrievance(turn.Turn.NormalizedText, reading.Intent)
            || (turn.State.Intent.StartsWith("complaint.", StringComparison.Ordinal) && TellsAnEarlierTime().IsMatch(turn.Turn.NormalizedText))
            || (reading.Cue is null && TellsWhatTheyDoThemselves().IsMatch(turn.Turn.NormalizedText))
            || (reading.Cue is null && PressesForThisOne(turn.Turn.NormalizedText))
            || reading.Confidence < (NamesAnotherMatter(turn.Turn.NormalizedText) ? AnnouncedRequestConfidence : NewRequestConfidence) || reading.OutOfDomain)
        {
            return false;
        }

        turn.State.Queued.Add(new QueuedRequest(turn.Turn.Activity.Text?.Trim() ?? turn.Turn.NormalizedText, reading.Intent, reading.Severity));
        await turn.SendAsync($"好的，{IntentCode.Label(reading.Intent)}这件事我也记下了，先把这件办好，马上为您登记。", cancellationToken);
        return true;
    }

    /// <summary>
    /// "上个月报空调排水也是这样放我鸽子，这已经是第二次了" while a complaint is gathered: an earlier time the same happened,
    /// told as part of the grievance — more of the complaint, not a request to open.
    /// </summary>
    [GeneratedRegex(@"也是这样|也这样|又是这样|每次都这样|第[二三四五两]次了|第[二三四五两]回了|不是第一次|上次也|上回也|之前也|以前也|放(我|人)?鸽子|(?i:again.{0,20}(same|like last time)|last time too)")]
    private static partial Regex TellsAnEarlierTime();

    /// <summary>
    /// "对，麻烦快点派人，冰箱里一堆东西": the owner presses for the people to come, with a reason and no fault or matter of its
    /// own — about the request at hand, however the model reads the words asking for someone.
    /// </summary>
    private static bool PressesForThisOne(string normalized) =>
        RequestWords.Hurries(normalized) && !NamesAnotherMatter(normalized) && !CueContext.NamesAFault(normalized);

    /// <summary>
    /// "ok thanks, I'll stay inside and keep the door locked", "我先把门锁好在家等": the owner's own plan, no request; so is
    /// what they just did ("I picked it up with tongs and dropped it in the metal bucket", "插头我已经拔了").
    /// </summary>
    [GeneratedRegex(@"(?i)\b(?:i'll|i will|i'm going to|we'll|we will|i'm gonna|i (?:just |already )?(?:picked|put|moved|dropped|threw|turned|switched|unplugged|pulled|opened|shut|closed|took))\b|我(先|会|就|自己|们先)(在家|待|呆|把门|关好|锁好|锁上|等着|躲)|(?:我|我们)(?:已经|刚|刚刚)(?:把|拔|关|放|扔|拿)")]
    private static partial Regex TellsWhatTheyDoThemselves();

    /// <summary>
    /// "跟阿姨说一声开门的时候注意别让猫跑出去", "唔該晒，保安到咗話我知", "我一直在家，师傅来了我给开门": the staff named
    /// with no grievance — a word for them or a polite closing, never a complaint about them.
    /// </summary>
    private static bool NamesStaffWithoutGrievance(string text, string intent) =>
        intent == IntentCode.ComplaintStaff && !Grievance().IsMatch(text);

    /// <summary>The message holds words of a grievance (投诉, 态度, rude, complain…).</summary>
    public static bool VoicesAGrievance(string text) => Grievance().IsMatch(text ?? "");

    [GeneratedRegex(@"投诉|态度|骂|闹|凶|吼|差劲|太差|不满|太慢|迟到|不负责|敷衍|乱收|偷|弄坏|弄脏|无礼|没礼貌|粗鲁|脏话|不理|不管|玩手机|睡觉|刁难|动手|打人|(?i:\b(?:rude|complain|complaint|ignored|shouted|yelled)\b)")]
    private static partial Regex Grievance();

    /// <summary>"还有一个，…" / "另外…" at the start: the owner names a second matter, not more of the first.</summary>
    [GeneratedRegex(@"^(还有一个|还有个|另外一个|另外|第二个|第二件|再一个|还有一件)")]
    private static partial Regex AnotherOne();

    [GeneratedRegex(@"顺便(说|讲|提|报|问)?|^另外|另外(还)?(有|说|一个|一件)|还有(一)?(个|件)(事|问题)?|^(对了)?还有(啊|呀|哦|呢|就是)?[，,]|一起(报|登记|处理|修)|再(报|说)一个|by the way|\balso\b|another (thing|problem)", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherMatter();

    [GeneratedRegex(@"怎么办|怎么做|该怎么|点做|點做|点搞|咋办|咋整|先做什么|(现在|那)(我|他|她|我们)?(该|要|应该|让他|让她)?(先)?做(些)?什么|要不要|能不能|可不可以|该不该|可以.{0,8}吗|点算|點算|是不是(要|得|应该)|是否(要|需要|应该)|需不需要|(?<!不)用不用(?!不)|(要|得|该)先|(碰|摸|动|开|关|进去|回去|用|插|推|拔)[^，。,.!！?？]{0,6}(对吧|是吧|对不对|对嘛|对吗|是吗)|what should|should (i|we|she|he)")]
    private static partial Regex WhatToDo();

}
