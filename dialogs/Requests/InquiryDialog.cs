using ConciergeBot.Knowledge.Calendar;
using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Handbook;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// Fee, estate and outside-service questions (owners and staff alike): answered at once from the handbook, fee
/// table and register, citing the source. When the handbook has no answer the owner is offered a person — with
/// their consent a ticket opens and the building's assistant replies within 30 minutes (another department's
/// procedure: 2 working days).
/// </summary>
public sealed partial class InquiryDialog : ComponentDialog, IRequestDialog
{
    public const string DialogId = "request.inquiry";
    private const string ConfirmId = "confirm";

    private readonly HandbookAnswerer _answerer;
    private readonly RequestServices _services;

    public InquiryDialog(RequestServices services, HandbookAnswerer answerer) : base(DialogId)
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _answerer = answerer ?? throw new ArgumentNullException(nameof(answerer));
        AddDialog(new WaterfallDialog<RequestState>(DialogId + ".steps", [AnswerStepAsync, HandOverStepAsync]));
        AddDialog(new ConfirmPrompt(ConfirmId));
    }

    public IReadOnlyCollection<string> Intents { get; } = [IntentCode.InquiryFee, IntentCode.InquiryGeneral, IntentCode.InquiryExternal];

    public Dialog Dialog => this;

    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext inner, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inner);
        var reading = options as MessageReading;
        return inner.BeginDialogAsync(DialogId + ".steps", new RequestState { Intent = reading?.Intent ?? IntentCode.InquiryGeneral }, cancellationToken);
    }

    /// <summary>Entries that refer the owner elsewhere rather than answer (outside services): the bot offers to find out.</summary>
    private static readonly HashSet<string> ReferralEntries = new(StringComparer.Ordinal) { "service.external" };

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        if (RecentAnswers.Recall(step.Turn.Conversation, step.Turn.NormalizedText) is { } again)
        {
            await step.SendAsync(again, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var home = step.Turn.User.BoundRoom ?? step.Turn.User.StatedRoom;
        var full = RecentAnswers.Elliptical(step.Turn.Conversation, step.Turn.NormalizedText);
        var followUp = FollowUpAnswer(step.Turn);
        // "一年總共要繳多少？" just after the parents' flat was named: asked of that flat, before it is read as the last answer's topic.
        var named = step.Turn.Conversation.LastRoomNamed;
        var namedArea = named is null ? null : _services.Knowledge.Current.Register.TryGetRoom(named)?.AreaSqm;
        // "他们住7栋2单元401…" after the discount was explained: the question before, asked again for the flat now named.
        var forFlat = step.Turn.Get<QuestionForAFlat>();
        var asked = forFlat is null ? step.Turn.NormalizedText : $"{forFlat.Question}，{step.Turn.NormalizedText}";
        var ofAFlat = QuestionContext.WithHome(asked, home, _services.Entities(asked, step.Turn.Now), named, namedArea);
        var answer = followUp?.Answer
            ?? (full is not null && ofAFlat == step.Turn.NormalizedText ? _answerer.AnswerNormalized(full) : null)
            ?? _answerer.AnswerNormalized(ofAFlat);
        if (!answer.Known && step.Turn.Conversation.PendingClarify is { } unclear)
        {
            // "就想问下以后要是再堵了，叫师傅来通要收钱吗" after "昨天马桶堵了…现在没事了": the subject is in the message before.
            var together = _answerer.AnswerNormalized($"{unclear.Normalized}，{step.Turn.NormalizedText}");
            answer = together.Known ? together : answer;
        }

        // "所以是fake的对吧": a conclusion drawn from the answer just given is read with that answer's question first.
        if (full is null && ((!answer.Known && RecentAnswers.PointsBack(step.Turn.NormalizedText)) || RecentAnswers.SeeksConfirmation(step.Turn.NormalizedText))
            && step.Turn.Conversation.RecentAnswers is [.., var latest])
        {
            // "Does she need anything from me?" just after the moving rule: "she" is the tenant of the question before.
            var together = _answerer.AnswerNormalized($"{latest.Question}，{step.Turn.NormalizedText}");
            answer = together.Known ? together : answer;
        }

        if (answer.Known && answer.Score >= ComputedScore && answer.SourceId.StartsWith("fee.", StringComparison.Ordinal))
        {
            // A follow-up keeps the question it was read with, so the next one still knows the flat.
            step.Turn.Conversation.LastFeeQuestion = FeeContext(followUp?.Question ?? ofAFlat);
        }

        var referral = answer.Known && ReferralEntries.Contains(answer.SourceId);
        if (answer.Known && !referral)
        {
            var parts = full is null ? AnswersOfEachQuestion(step, home, followUp is not null) : [];
            // A fee computed for the whole message (its flat and period read together) leads; the other questions follow.
            var texts = answer.Score >= ComputedScore && answer.SourceId.StartsWith("fee.", StringComparison.Ordinal)
                ? [answer.Text, .. parts.Where(p => p.SourceId != answer.SourceId).Select(p => p.Text)]
                : parts.Count >= 2 ? [.. parts.Select(p => p.Text)] : new List<string> { answer.Text };
            foreach (var text in texts)
            {
                await step.SendAsync(text, cancellationToken);
            }

            // Remembered as one answer to the whole message, so a follow-up ("how long would it take?") is read with all of it.
            // (A question answered again for a flat is remembered as first asked, so "停车呢？" still follows it.)
            RecentAnswers.Remember(step.Turn.Conversation, full ?? forFlat?.Question ?? step.Turn.NormalizedText, string.Join("\n", texts));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (referral)
        {
            // The handbook only says who handles it and what we promise; keep the promise by offering to find out.
            await step.SendAsync(answer.Text, cancellationToken);
        }

        var state = step.Values;
        state.Description = (step.Turn.Activity.Text ?? "").Trim();
        state.OtherDepartment = state.Intent == IntentCode.InquiryExternal && OtherDepartment().IsMatch(step.Turn.NormalizedText);
        state.TryUseHome(step.Turn.User);

        var by = state.OtherDepartment
            ? "向相关部门了解清楚后，在2个工作日内"
            : $"在30分钟内（{ChinaTime.ToLocal(step.Turn.Now + Promises.HumanReply):HH:mm}前）";
        return await step.PromptAsync(ConfirmId, new PromptOptions
        {
            Prompt = referral
                ? $"需要我请工作人员帮您向相关单位问清楚，{by}回复您吗？"
                : $"抱歉，这个问题手册里暂时没有明确的答复。需要我请工作人员{by}回复您吗？",
            RetryPrompt = "请回复“是”请工作人员回复您，或回复“否”。",
        }, cancellationToken);
    }

    /// <summary>
    /// "半年要交多少钱？能用公众号交吗？": a message of two or more questions has each answered on its own, in the order asked
    /// (one answer per handbook entry); with fewer than two answers, the message is answered as a whole. Where the message
    /// follows up a fee just computed, the questions that follow it up are answered by that computation already.
    /// </summary>
    private List<HandbookAnswer> AnswersOfEachQuestion(WaterfallStepContext<RequestState> step, string? home, bool feeFollowedUp)
    {
        var answers = new List<HandbookAnswer>();
        foreach (var question in SeveralQuestions(step.Turn.NormalizedText))
        {
            if (feeFollowedUp && FollowUp().IsMatch(question))
            {
                // "So every month how much?" is the fee just computed again, not a question of its own (a parking space's rent).
                continue;
            }

            var entities = _services.Entities(question, step.Turn.Now);
            var answer = _answerer.AnswerNormalized(QuestionContext.WithHome(question, home, entities, step.Turn.Conversation.LastRoomNamed));
            if (answer.Known && !ReferralEntries.Contains(answer.SourceId) && answer.Score >= OwnQuestionScore
                && answers.TrueForAll(a => a.SourceId != answer.SourceId))
            {
                answers.Add(answer);
            }
        }

        return answers;
    }

    /// <summary>The questions of a message that asks two or more; none for a message of one.</summary>
    private static List<string> SeveralQuestions(string normalized) => QuestionSentences.Of(normalized) is { Count: >= 2 } questions ? questions : [];

    /// <summary>A question asked alone scores this well when the handbook truly answers it (below, it shares a word or two).</summary>
    private const double OwnQuestionScore = 0.2;

    private async Task<DialogTurnResult> HandOverStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        var hotline = _services.Knowledge.Current.Register.Profile.ServiceCentre.Hotline;
        if (step.Result is false)
        {
            await step.SendAsync($"好的。还有其他问题随时问我，也可以拨打24小时服务热线 {hotline}。", cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var s = step.Values;
        var opened = await _services.Tickets.OpenAsync(
            new TicketDraft(s.Intent, null, RequestWords.OwnerOf(step.Turn), s.Place, s.Description, s.OtherDepartment), cancellationToken);
        await step.SendAsync($"好的，已为您登记，工单号 {opened.Number}。{Promises.For(opened, step.Turn.Now)}。如有急事，请拨打24小时服务热线 {hotline}。", cancellationToken);
        return await step.EndDialogAsync(opened.Number, cancellationToken);
    }

    /// <summary>
    /// "那要是1月份一次性把一年的都交了，能便宜点吗" right after a computed fee: a follow-up of that fee question, whatever the
    /// model makes of it alone (small talk, not about the estate).
    /// </summary>
    public static bool FollowsUpAFee(Engine.ConversationData conversation, string normalized) =>
        conversation?.LastFeeQuestion is not null && normalized is not null && FollowUp().IsMatch(normalized) && !ChangesTheSubject().IsMatch(normalized);

    [GeneratedRegex("报修|维修|坏了|漏水|投诉|预约|工单|进度")]
    private static partial Regex ChangesTheSubject();

    /// <summary>"可以用我的支付宝帮他们交吗", "用支付宝能交吗" right after a computed fee: how to pay that fee.</summary>
    public static bool AsksHowToPayAFee(Engine.ConversationData conversation, string normalized) =>
        conversation?.LastFeeQuestion is not null && normalized is not null && PaymentWay().IsMatch(normalized) && !ChangesTheSubject().IsMatch(normalized);

    [GeneratedRegex("支付宝|微信|云闪付|银行卡|代扣|刷卡|扫码|网上交|线上交|在哪(里)?交|怎么交|能交吗|代交|帮(他|她|他们|她们|我爸|我妈|老人)[^，。]{0,4}交|alipay|wechat pay|pay (it )?online|how (do|can) (i|we) pay", RegexOptions.IgnoreCase)]
    private static partial Regex PaymentWay();

    /// <summary>Computed fee and register answers score 1.</summary>
    private const double ComputedScore = 1.0;

    /// <summary>
    /// "那如果1月31号前一次交清呢，总共多少？" after a computed fee: the follow-up read together with the question it follows
    /// (the same flat and fees), when that gives a computed answer and the follow-up names no flat or area of its own.
    /// </summary>
    private (HandbookAnswer Answer, string Question)? FollowUpAnswer(Engine.TurnContext turn)
    {
        if (turn.Conversation.LastFeeQuestion is not { } last || !FollowUp().IsMatch(turn.NormalizedText)
            || _services.Entities(turn.NormalizedText, turn.Now).Any(e => e.Type is Understanding.Entities.EntityTypes.Room or Understanding.Entities.EntityTypes.Area))
        {
            return null;
        }

        // "那如果按季缴呢": a period of its own replaces the one the last question asked about (一个月 would win, read first).
        var earlier = PeriodWords().IsMatch(turn.NormalizedText) || PeriodWordsInEnglish().IsMatch(turn.NormalizedText)
            ? PeriodWordsInEnglish().Replace(PeriodWords().Replace(last, ""), "")
            : last;
        var question = $"{earlier}，{turn.NormalizedText}";
        var combined = _answerer.AnswerNormalized(question);
        return combined.Known && combined.Score >= ComputedScore && combined.SourceId.StartsWith("fee.", StringComparison.Ordinal) ? (combined, question) : null;
    }

    [GeneratedRegex("一个月|每个月|每月|按月|月付|半年|一年|整年|全年|每年|按年|年付|十二个月|12个月|一个季度|季度|每季|按季|一季")]
    private static partial Regex PeriodWords();

    [GeneratedRegex("\\b(per|a|each|every|the whole|a whole|a full|the full) (month|quarter|year)\\b|\\b(monthly|quarterly|yearly|annually)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWordsInEnglish();

    /// <summary>
    /// The part of a fee question a follow-up is read with: the clauses that name the flat, the fees, an area, a period
    /// or that the flat stands empty ("我爸住7栋1单元202，我想帮他交物业费", "到现在一直空着"), not how the owner means to
    /// pay ("能用我的支付宝帮他交吗"), which would lead the follow-up to the payment methods instead of the amount.
    /// </summary>
    private static string FeeContext(string question)
    {
        var kept = ClauseBreak().Split(question).Where(c => FeeFacts().IsMatch(c)).ToList();
        return kept.Count > 0 ? string.Join('，', kept) : question;
    }

    [GeneratedRegex("[，。,.!！?？;；]")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex("[0-9]|栋|单元|物业|电梯|管理费|停车|车位|㎡|平米|平方|户型|洋房|高层|商铺|月|季|年|空置|空着|没人住|无人居住|空房|闲置|fee|flat|unit|room|building|empty|vacant", RegexOptions.IgnoreCase)]
    private static partial Regex FeeFacts();

    [GeneratedRegex("^((ok|okay|好的|好|嗯|哦|噢)[,.!，。 ]*)?(那|那如果|如果|要是|那要是|那么|那我)|总共|一共|合计|加起来|优惠|优hui|youhui|打折|便宜|省钱|划算|少交|^(?!.*(停车|车位|电费|水费|燃气|垃圾|装修|充电|滞纳|违约)).*(要交|交|收|是|得)多少|\\bdiscount\\b|^((ok|okay)[,.! ]*)?(so|and|then|what if|if)\\b|\\bhow much\\b|\\b(in total|altogether|the total|exact total|after (the )?discount)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();

    /// <summary>Procedures of public bodies the management centre cannot answer for (户口, 不动产登记, 社保 ...).</summary>
    [GeneratedRegex("户口|户籍|派出所|居委|街道办|社区工作站|不动产|房产证|产权证|税务|公积金|社保|民政|入学|学位|城管|住建")]
    private static partial Regex OtherDepartment();
}
