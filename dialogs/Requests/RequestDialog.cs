using System.Text.Json;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Handbook;
using ConciergeBot.Dialogs.Requests.Binding;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Requests.Steps;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Calendar;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// Every request that opens a ticket — emergencies, repairs, public-area problems, complaints, concierge services —
/// as one slot-filling dialog over the intent's <see cref="IntentProfile"/>: each message is read for every slot
/// (<see cref="SlotFiller"/>), then the first pending <see cref="RequestStep"/> asks its question. At every prompt the
/// owner may cancel in any words, correct any slot, ask a question (answered, then the prompt again), raise a second
/// request (queued and opened next) or end. Urgent requests open the ticket with the first message and ask after;
/// the rest restate and open on the owner's yes. Three unusable answers in a row hand over with the request kept.
/// </summary>
public sealed partial class RequestDialog(RequestServices services, HandbookAnswerer answerer, IMessageClassifier classifier) : Dialog(DialogId), IRequestDialog
{
    public const string DialogId = "request";
    private const string StateKey = "request";
    private const int MaxMisses = 3;

    /// <summary>After the ticket is open (urgent requests at once, a neighbour complaint once the flat is placed).</summary>
    private static readonly RequestStep[] OpenedSteps = [new WhereStep(), new ContactStep(), new HomeStep(), new BindingStep(), new MoreStep()];

    private static readonly RequestStep[] Steps =
        [new DispatchStep(), new WhereStep(), new OtherPartyStep(), new HomeStep(), new BindingStep(), new DetailsStep(), new WhenStep(), new ContactStep(), new ConfirmStep()];

    private readonly RequestFollowUps _followUps = new(services, answerer, classifier);

    /// <summary>The guard against guessing the binding digits, shared with the root's binding of an introduced flat.</summary>
    public IBindingGuard Bindings => services.Bindings;

    public IReadOnlyCollection<string> Intents { get; } = [.. IntentProfiles.All.Where(p => p.OpensTicket).Select(p => p.Code)];

    public Dialog Dialog => this;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is CancelledRequest cancelled)
        {
            return await ResumeAsync(dc, cancelled, cancellationToken);
        }

        var start = options as RequestStart ?? RequestStart.From(options as MessageReading, dc.Turn);
        var state = new RequestState
        {
            Intent = start.Intent,
            Severity = start.Severity,
            Description = RequestWords.IsVague(start.Text) ? "" : start.Text,
            NormalizedDescription = start.Normalized,
            Queued = [.. start.Queued],
            DispatchFallback = start.DispatchFallback,
            FromQueue = start.FromQueue,
            VisitAt = IntentProfiles.For(start.Intent).AsksTime ? start.EarlierVisit : null,
        };
        var turn = new RequestTurn(dc.Turn, state, SlotReader.Read(start.Normalized, dc.Turn.Now, services.Entities), services);
        SlotFiller.Fill(turn, first: true);
        // "5栋2单元2301, last 4 is 0942" sent at the "which one?" menu: the flat and its digits, bound as the request starts.
        await BindingStep.TryBindDigitsSaidAsync(turn, cancellationToken);

        var second = start.FromQueue ? null : await _followUps.SplitSecondAsync(turn, cancellationToken);
        if (DisputesACharge(state))
        {
            // "凭什么收滞纳金": the rule the charge rests on, before the complaint is taken down.
            await _followUps.ExplainChargeAsync(turn, cancellationToken);
        }

        if (state.DispatchFallback is null)
        {
            await AcknowledgeAsync(turn, cancellationToken);
            if (turn.Profile.OpensAtOnce)
            {
                await OpenUrgentAsync(turn, cancellationToken);
            }
            else
            {
                await OpenNeighbourComplaintOncePlacedAsync(turn, cancellationToken);
            }
        }

        if (second is not null)
        {
            await RequestFollowUps.AnswerAsync(turn, second, cancellationToken);
        }

        return await AskNextAsync(dc, turn, progressed: true, cancellationToken);
    }

    /// <summary>Nobody sent and nothing opened: the question the owner asked instead is answered, or a person offered.</summary>
    private async Task<DialogTurnResult> AnswerAndSendNobodyAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        await turn.SendAsync("好的，不派人过去。", cancellationToken);
        if (!await _followUps.AnswerQuestionAsync(turn, cancellationToken))
        {
            await turn.SendAsync($"如需帮忙，随时告诉我，也可以拨打24小时服务热线 {turn.Register.Profile.ServiceCentre.Hotline}。", cancellationToken);
        }

        return await EndAsync(dc, turn, cancellationToken);
    }

    /// <summary>
    /// "My tenant asked how much the property fee is per quarter for that flat?" at "send someone now?": a fee question read
    /// clearly on its own, whatever flat or period it names — no one to send.
    /// </summary>
    private static bool IsClearlyAFeeQuestion(MessageReading? reading) =>
        reading is { Intent: IntentCode.InquiryFee, Cue: null, NeedsClarification: false } && reading.Confidence >= ClearQuestion;

    private const double ClearQuestion = 0.9;

    /// <summary>
    /// "What does he need to do before moving? Does he have to book the lift?": a question the model is sure is one for the
    /// handbook, with no alarm word — whatever the first message was, nobody is asked for.
    /// </summary>
    private static bool IsClearlyAQuestionForTheHandbook(MessageReading? reading) =>
        reading is { Intent: IntentCode.InquiryGeneral or IntentCode.InquiryFee, Cue: null, NeedsClarification: false } && reading.Confidence >= ClearQuestion;

    /// <summary>"哎还是修吧" after calling a request off: it comes back as it was, this message read for changes, and goes on.</summary>
    private async Task<DialogTurnResult> ResumeAsync(DialogContext dc, CancelledRequest cancelled, CancellationToken cancellationToken)
    {
        var state = cancelled.State.Deserialize<RequestState>(StateJson.Options) ?? new RequestState { Intent = cancelled.Intent };
        // Restated to the owner when called off, or already registered from an agreed restatement: nothing to ask again.
        var wasRestated = state.Asking == ConfirmStep.StepName
            || (state.TicketNumber is not null && state.Asking == Settled && !IntentProfiles.For(state.Intent).OpensAtOnce);
        state.TicketNumber = null;
        state.Asking = null;
        state.Misses = 0;
        state.DispatchFallback = null;
        var turn = new RequestTurn(dc.Turn, state, SlotReader.Read(dc.Turn.NormalizedText, dc.Turn.Now, services.Entities), services);
        var filled = SlotFiller.Fill(turn, first: false);
        await turn.SendAsync($"好的，为您恢复刚才的{IntentCode.Label(state.Intent)}。", cancellationToken);
        if (wasRestated && filled == Filled.None && !(turn.Slots.IsQuestion && turn.Slots.ProposesTime) && turn.Slots.Act != DialogAct.Correction)
        {
            // "还是修吧，就按周三上午十点" after calling off a request already restated to them: go ahead as restated.
            // "还是你们来吧…换一个多少钱?": the question asked with it is answered first.
            if (turn.Slots.IsQuestion)
            {
                await _followUps.AnswerQuestionAsync(turn, cancellationToken);
            }

            return await OpenAndEndAsync(dc, turn, cancellationToken);
        }

        if (turn.Profile.OpensAtOnce)
        {
            await OpenUrgentAsync(turn, cancellationToken);
        }
        else
        {
            await OpenNeighbourComplaintOncePlacedAsync(turn, cancellationToken);
        }

        return await AskNextAsync(dc, turn, progressed: true, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = Load(dc.ActiveDialog!);
        var read = SlotReader.Read(dc.Turn.NormalizedText, dc.Turn.Now, services.Entities);
        if (read.LastFour is not null && state.FlatSoFar is { } soFar && FlatPieces.Complete(soFar, dc.Turn.NormalizedText, services.Knowledge.Current.Register) is not null)
        {
            // "1202" after "3栋2单元": the room that completes the flat, not the last four of a phone.
            read = read with { LastFour = null };
        }

        QueuedRequest? aside = null;
        if (state.Asking is { } asking && asking != Settled && _followUps.AnswerAndAnotherRequest(dc.Turn.NormalizedText, state.Intent, dc.Turn.Now) is { } split)
        {
            // "4栋2单元，就在单元门口正上方。对了，我们单元一楼大堂天花板也在往下滴水…": the prompt is answered by the first
            // part; the other matter is queued and opened when this one ends.
            read = SlotReader.Read(split.Answer, dc.Turn.Now, services.Entities);
            aside = split.Second;
        }

        var turn = new RequestTurn(dc.Turn, state, PhonesSaid.WithPicked(read, dc.Turn.Conversation, dc.Turn.NormalizedText), services);
        if (aside is not null)
        {
            state.Queued.Add(aside);
            await RequestFollowUps.AnswerAsync(turn, new SecondPart(aside.Text, aside.Intent, Queued: true), cancellationToken);
        }

        var slots = turn.Slots;
        var before = (Place: state.Place.IsKnown ? state.Place.Describe() : null, Visit: turn.Appointment);
        if (state.Asking == Settled && state.TicketNumber is not null)
        {
            return await AfterOpenedAsync(dc, turn, cancellationToken);
        }

        if (await HoldOrSendAsync(dc, turn, cancellationToken) is { } heldOrSent)
        {
            return heldOrSent;
        }

        if (await MoveEarlierVisitAsync(dc, turn, cancellationToken) is { } moved)
        {
            return moved;
        }

        if (state.Asking == ConfirmStep.StepName && state.TicketNumber is null && RequestWords.GoesToCheckFirst(dc.Turn.NormalizedText))
        {
            // "等下哈…我去看一眼" at the restatement: nothing is registered yet, and nothing is dropped — the owner decides after looking.
            await turn.SendAsync("好的，不着急，您先看一下。还需要处理的话回复“对”，我马上为您登记；不需要了回复“不用了”就行。", cancellationToken);
            return Save(dc, turn);
        }

        if (await AnswerWhetherToCallAsync(dc, turn, cancellationToken) is { } answered)
        {
            return answered;
        }

        if (await WithdrawDisputeAsync(dc, turn, cancellationToken) is { } withdrawn)
        {
            return withdrawn;
        }

        if (state.Asking == MoreStep.StepName && state.TicketNumber is not null && CallsOffTheOpenTicket(turn))
        {
            // Asked what to add once the ticket is open, the owner calls it off instead: the need is gone.
            return await CancelAsync(dc, turn, cancellationToken);
        }

        var progressed = false;
        var queuedNow = false;
        var declinedDispatch = false;
        if (state.Asking == DispatchStep.StepName && state.DispatchFallback is { } slower)
        {
            // A no takes the slower class, and so does a visit booked for later ("明天早上八点来修可以吗"); an owner who
            // simply goes on with the place or a phone wants someone to come.
            var reading = dc.Turn.Get<MessageReading>();
            // So is "我担心是骗子。你们物业知道有换表这回事吗？": whether a claim in the estate's name is genuine.
            if (slots.Act is not DialogAct.Affirm && (DispatchStep.OnlyAsks(dc.Turn.NormalizedText)
                || (CueContext.AsksWhetherAClaimIsGenuine(dc.Turn.NormalizedText) && !DispatchStep.CallsForSomeoneNow(dc.Turn.NormalizedText))
                || (slots.IsQuestion && (!slots.HasSlot || IsClearlyAFeeQuestion(reading) || IsClearlyAQuestionForTheHandbook(reading))
                    && (DispatchStep.AsksForInformation(dc.Turn.NormalizedText) || IsClearlyAQuestionForTheHandbook(reading))
                    && !DispatchStep.CallsForSomeoneNow(dc.Turn.NormalizedText))))
            {
                // "我就是想问 if 下次再停电…应该怎么办？", "以后要是再堵，叫师傅来通得多少钱": a question with nothing of the
                // request in it — no one to send; the question is answered and nothing opened.
                state.DispatchFallback = null;
                return await AnswerAndSendNobodyAsync(dc, turn, cancellationToken);
            }

            if ((slots.OnlyAct && slots.Act == DialogAct.Thanks) || DispatchStep.OnlyAcknowledges(dc.Turn.NormalizedText))
            {
                // "谢谢", "OK got it, I'll run them one at a time. Thanks!" to "您是需要我们马上派人过来处理吗？": thanks, or advice
                // taken, is no yes — the question is asked again.
                return await AskNextAsync(dc, turn, progressed: false, cancellationToken);
            }

            var later = DispatchStep.BooksForLater(slots, dc.Turn.Now);
            // "…不过我已经关了水龙头，水也拖干净了，现在不漏了" then the flat alone, or "推上去就好了" as the answer: going on with a
            // matter the owner said is under control is no call for someone now — only a yes or words of hurry are.
            var underControl = (CueContext.ReportsResolved(state.NormalizedDescription) || CueContext.ReportsResolved(dc.Turn.NormalizedText)) && slots.Act != DialogAct.Affirm
                && !DispatchStep.CallsForSomeoneNow(dc.Turn.NormalizedText) && !dc.Turn.NormalizedText.Contains(DispatchStep.Now, StringComparison.Ordinal);
            // "我是5栋1单元1602的" after a report of boxes left "快一个礼拜了…万一有个什么事": going on without a yes, from a report
            // that shows no hurry, takes the slower class — a yes or words of hurry still send someone now.
            var unhurried = slots.Act != DialogAct.Affirm && DispatchStep.ShowsNoHurry(state.NormalizedDescription)
                && !DispatchStep.CallsForSomeoneNow(dc.Turn.NormalizedText) && !dc.Turn.NormalizedText.Contains(DispatchStep.Now, StringComparison.Ordinal);
            // "知道是谁家的，就是1803那家的两个男孩子…家长根本不管" after a lift "stopping at every floor" the model read as urgent:
            // the owner goes on with a complaint, not a yes — the complaint is what is filed.
            var reply = dc.Turn.Get<MessageReading>();
            // "孩子没事，就是吓哭了…" after a near miss the model alone read as a fast class: nobody hurt — no one to send now for
            // a person — and "…你们能不能管管这些外卖骑手", read as a complaint, is the complaint filed.
            var nobodyHurt = slots.Act != DialogAct.Affirm && reply?.Cue is null
                && DispatchStep.NearMiss(state.NormalizedDescription) && DispatchStep.NobodyHurt(dc.Turn.NormalizedText);
            var complaint = slots.Act == DialogAct.Affirm ? null
                : DispatchStep.ComplaintInstead(dc.Turn.NormalizedText, reply?.Intent, reply?.Confidence ?? 0, reply?.Cue,
                    reply?.Intent is { } replyIntent && replyIntent.StartsWith("complaint.", StringComparison.Ordinal)
                        ? classifier.Read($"{state.NormalizedDescription}，{dc.Turn.NormalizedText}", dc.Turn.Now).Intent : null)
                ?? (nobodyHurt && reply?.Intent is { } grievance && grievance.StartsWith("complaint.", StringComparison.Ordinal) ? grievance : null);
            if (complaint is not null)
            {
                slower = complaint;
                await AddNoteAsync(turn, dc.Turn.Activity.Text?.Trim() ?? "", cancellationToken);
            }

            var now = !(later || underControl || unhurried || (nobodyHurt && state.Intent == IntentCode.Emergency) || complaint is not null || slots.Act is DialogAct.Deny or DialogAct.Cancel || dc.Turn.NormalizedText.Contains(DispatchStep.NotNow, StringComparison.Ordinal));
            state.DispatchFallback = null;
            if (now)
            {
                SlotFiller.Fill(turn, first: false);
                if (FasterClassForTheSameMatter(turn, reply) is { } faster)
                {
                    // "上面还有两个工人，一个抓着栏杆…" as the answer to "send someone now?" after a gondola hanging askew: the
                    // answer is a yes, and what it tells raises the request to the class it now is.
                    MoveTo(turn, faster);
                }

                await AcknowledgeAsync(turn, cancellationToken);
                await OpenUrgentAsync(turn, cancellationToken);
                return await AskNextAsync(dc, turn, progressed: true, cancellationToken);
            }

            if (!IntentProfiles.For(slower).OpensTicket)
            {
                return await AnswerInsteadAsync(dc, turn, cancellationToken);
            }

            state.Intent = slower;
            if (turn.Profile.Place == PlaceNeed.Home && state.RoomKey is null && state.Location is not null)
            {
                // "店门口的卷帘门" read as a public place while the class was a public one: an in-home repair is at the home.
                state.SetPlace(TicketPlace.Unknown, null);
            }

            await AcknowledgeAsync(turn, cancellationToken);
            if (later)
            {
                await turn.SendAsync(DispatchStep.TakenAsOrdinary, cancellationToken);
            }

            progressed = slots.OnlyAct;
            declinedDispatch = true;
        }

        if (slots.Act == DialogAct.Cancel && state.Intent.StartsWith("complaint.", StringComparison.Ordinal) && RequestWords.StillWantsTheComplaint(dc.Turn.NormalizedText)
            && state.Asking == ConfirmStep.StepName && state.TicketNumber is null)
        {
            // "对，门已经修好了，不用再派人，我就要个说法": nobody to send for the repair — the complaint itself stands.
            await AddNoteAsync(turn, dc.Turn.Activity.Text?.Trim() ?? "", cancellationToken);
            return await OpenAndEndAsync(dc, turn, cancellationToken);
        }

        if (!declinedDispatch && slots.Act == DialogAct.Cancel && (slots.OnlyAct || !slots.HasSlotBesidesToday(ChinaTime.DateOf(dc.Turn.Now)))
            && !(state.Intent is IntentCode.ComplaintOther or IntentCode.ComplaintStaff && RequestWords.DeclinesOnlyAVisit(dc.Turn.NormalizedText)))
        {
            // "不用派人来，已经好了。就是想问一下换个水龙头要多少钱？": called off, and the question still answered.
            var ended = await CancelAsync(dc, turn, cancellationToken);
            if (slots.IsQuestion)
            {
                await _followUps.AnswerQuestionAsync(turn, cancellationToken);
            }

            return ended;
        }

        var bindingTried = false;
        // "哦不对，是2单元，2栋2单元1803，手机尾号1970": a flat said with the digits is taken first, then the digits verify it.
        if (slots.LastFour is { } lastFour && turn.User.BoundRoom is null && BindingStep.FlatToVerify(turn) is not null
            && !slots.Flats.Any(f => f.IsComplete && f.Role != FlatRole.Other))
        {
            bindingTried = true;
            progressed = await BindingStep.TryBindAsync(turn, lastFour, cancellationToken);
        }

        if (!declinedDispatch && await TryRaiseBeforeOpeningAsync(turn, dc.Turn.Get<MessageReading>(), cancellationToken))
        {
            SlotFiller.Fill(turn, first: false);
            return await AskNextAsync(dc, turn, progressed: true, cancellationToken);
        }

        if (!declinedDispatch && state.TicketNumber is not null
            && (await TryDowngradeAsync(dc, turn, cancellationToken) ?? await TryUpgradeAsync(dc, turn, dc.Turn.Get<MessageReading>(), cancellationToken)) is not null)
        {
            // "里面好像有人" while the number is still being asked after a stopped lift: the ticket is raised, then the question again.
            SlotFiller.Fill(turn, first: false);
            return await AskNextAsync(dc, turn, progressed: true, cancellationToken);
        }

        if (!slots.OnlyAct && RequestFollowUps.NamesAnotherMatter(dc.Turn.NormalizedText)
            && await _followUps.QueueNewRequestAsync(turn, cancellationToken))
        {
            // "对了我就是5栋1单元2201的，顺便说一下我家排气扇坏了": a second matter — its slots are its own (read when it
            // starts); only the owner's own flat is taken now.
            progressed = true;
            queuedNow = true;
            SlotFiller.FillOwnHome(turn);
        }

        var atWhen = state.Asking == WhenStep.StepName && state.TicketNumber is null;
        if (atWhen && slots.Act is DialogAct.Affirm or DialogAct.Thanks or DialogAct.Done || (atWhen && RequestWords.Thanks(dc.Turn.NormalizedText)))
        {
            state.AgreedAtWhen = true;
        }

        var atConfirmation = state.Asking == ConfirmStep.StepName && state.TicketNumber is null;
        var visitRestated = state.VisitAt;
        var placeRestated = state.Location;
        var (placeBefore, roomBefore) = (state.Place, state.RoomKey);
        var filled = queuedNow || (atConfirmation && slots.IsQuestion && !slots.ProposesTime && slots.Act != DialogAct.Correction) ? Filled.None : SlotFiller.Fill(turn, first: false);
        if (atConfirmation && filled == Filled.Time && slots.Act is DialogAct.Affirm or DialogAct.Thanks && state.VisitAt == visitRestated)
        {
            // "对，11点，谢谢" at a restatement that says 11:00: the time said back is the yes, not a change.
            filled = Filled.None;
        }

        if (atConfirmation && filled == Filled.Place && placeRestated is not null && state.Location is { } closer
            && closer.StartsWith(placeRestated, StringComparison.Ordinal) && RequestWords.YesItIsThere(dc.Turn.NormalizedText))
        {
            // "对就是8栋1单元的单元门那个门禁锁不上" at a restatement placed at 8栋1单元楼下的单元门: the same place said closer
            // is the yes — kept as said, and registered.
            filled = Filled.None;
        }

        if (atConfirmation && filled == Filled.Place && IntentCode.IsAboutOthersOrSharedSpace(state.Intent) && RequestWords.YesItIsThere(dc.Turn.NormalizedText)
            && state.RoomKey is { } named && named != turn.User.BoundRoom && placeBefore.IsKnown)
        {
            // "对对就是这样你们去跟1702说一下让他们赶紧清走" at the restatement of a complaint or of a shared space's trouble: a
            // yes, and whom to speak to — the household named goes on the ticket as a note; the place restated stands.
            state.SetPlace(placeBefore, roomBefore);
            filled = Filled.None;
            await AddNoteAsync(turn, dc.Turn.Activity.Text?.Trim() ?? "", cancellationToken);
            return await OpenAndEndAsync(dc, turn, cancellationToken);
        }

        progressed |= filled != Filled.None;
        if (!bindingTried)
        {
            // "3栋2单元2604，尾号6580": the flat and its digits in one message — bound once the flat is taken.
            progressed |= await BindingStep.TryBindDigitsSaidAsync(turn, cancellationToken);
        }

        if (state.TicketNumber is not null && filled != Filled.None)
        {
            await PassOnAsync(turn, filled, cancellationToken);
        }
        else if (await OpenNeighbourComplaintOncePlacedAsync(turn, cancellationToken))
        {
            return await AskNextAsync(dc, turn, progressed: true, cancellationToken);
        }

        if (atConfirmation && RequestWords.AsksWhenSomeoneComes(dc.Turn.NormalizedText) && !RequestWords.RejectsRestatement(slots, dc.Turn.NormalizedText))
        {
            // "要多久才有人来看啊" at the restatement: no objection — it is registered, and the reply says by when.
            return await OpenAndEndAsync(dc, turn, cancellationToken);
        }

        if (slots.IsQuestion && !declinedDispatch && !slots.ProposesTime && await _followUps.AnswerQuestionAsync(turn, cancellationToken))
        {
            progressed = true;
            if (atConfirmation && filled == Filled.None && slots.Act is not (DialogAct.Deny or DialogAct.Correction))
            {
                // The owner moved on to a question without objecting to the restatement: register it as restated.
                return await OpenAndEndAsync(dc, turn, cancellationToken);
            }
        }
        else if (!progressed && !queuedNow && await _followUps.QueueNewRequestAsync(turn, cancellationToken))
        {
            progressed = true;
            queuedNow = true;
        }

        if (state.Asking == ConfirmStep.StepName && state.TicketNumber is null)
        {
            return await AtConfirmationAsync(dc, turn, progressed, filled, cancellationToken);
        }

        if (state.Asking == MoreStep.StepName)
        {
            return await AfterMoreAsync(dc, turn, progressed, cancellationToken);
        }

        if (!progressed && StepNamed(turn, state.Asking) is { } asked)
        {
            progressed = await asked.TakeAnswerAsync(turn, cancellationToken);
        }

        if (state.AgreedAtWhen && state.Asking == WhenStep.StepName && state.VisitAt is null && !state.VisitAsap && state.Intent != IntentCode.ServiceConcierge
            && slots.Act is DialogAct.Affirm or DialogAct.Thanks)
        {
            // "Yes that's right. Btw how much does it cost?": the question is answered above, and the yes leaves the time to us.
            state.VisitAsap = true;
            progressed = true;
        }

        if (!queuedNow && !slots.OnlyAct && slots.Leftover.Length > 0 && !RequestWords.IsAddressResidue(slots.Leftover) && !(progressed && RequestWords.IsVisitTalk(slots.Leftover)) && !slots.IsQuestion && (!progressed || state.TicketNumber is null))
        {
            // "明天早上六点半，从小区门口去宝安机场T3": the time fills its slot, the rest is the request's detail.
            await AddNoteAsync(turn, progressed ? (slots.Remark.Length > 0 ? slots.Remark : slots.Leftover) : turn.Turn.Activity.Text?.Trim() ?? slots.Leftover, cancellationToken);
            if (!progressed && DescribesTheMatter(turn))
            {
                // "一直滴水", "关不紧了" while asked for the flat: more about the matter, kept — not an unusable answer.
                return await AskNextAsync(dc, turn, progressed: true, cancellationToken, lead: "好的，记下了。");
            }
        }

        return await AskNextAsync(dc, turn, progressed, cancellationToken, lead: CorrectionTaken(turn, before.Place, before.Visit));
    }

    /// <summary>
    /// "不对，是2单元" while another question is pending: a place or time given before and changed now is said back before
    /// the question is asked again (the restatement, when it is the next step, shows it anyway).
    /// </summary>
    private static string CorrectionTaken(RequestTurn turn, string? placeBefore, DateTimeOffset? visitBefore)
    {
        var state = turn.State;
        if (turn.Slots.Act != DialogAct.Correction || state.TicketNumber is not null || state.Asking == ConfirmStep.StepName)
        {
            return "";
        }

        var place = state.Place.IsKnown ? state.Place.Describe() : null;
        return placeBefore is not null && place is not null && place != placeBefore ? $"好的，地点已改为{place}。"
            : visitBefore is not null && turn.Appointment is { } visit && visit != visitBefore ? $"好的，时间已改为{Knowledge.Calendar.ChineseTimeText.Clock(visit, turn.Now)}。"
            : "";
    }

    /// <summary>The message says more about the request at hand: the model reads it as a request of the same kind.</summary>
    private static bool DescribesTheMatter(RequestTurn turn) =>
        turn.Turn.Get<MessageReading>() is { OutOfDomain: false } reading
        && IntentProfiles.For(reading.Intent).OpensTicket && RequestFollowUps.Family(reading.Intent) == RequestFollowUps.Family(turn.State.Intent);

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        var state = Load(instance);
        var turn = new RequestTurn(dc.Turn, state, new SlotReading(), services);
        return StepNamed(turn, state.Asking) is { } step ? turn.SendAsync(step.Question(turn), cancellationToken) : Task.CompletedTask;
    }

    private async Task<DialogTurnResult> AskNextAsync(DialogContext dc, RequestTurn turn, bool progressed, CancellationToken cancellationToken, string lead = "")
    {
        var state = turn.State;
        var step = (state.TicketNumber is null ? Steps : OpenedSteps).FirstOrDefault(s => Applies(s, turn) && s.IsPending(turn));
        if (step is ConfirmStep && ((state.FromQueue && state.Asking is null) || (state.AgreedAtWhen && state.Asking == WhenStep.StepName)
            || (state.Asking == BindingStep.StepName && turn.Slots.Act == DialogAct.Done)))
        {
            // The owner asked for this second thing in so many words and nothing is missing, agreed when asked for a time, or
            // said "No, nothing else. Thanks!" when offered to bind the flat: register it, restating it.
            return await OpenAndEndAsync(dc, turn, cancellationToken, restate: true);
        }

        if (step is null)
        {
            if (state.TicketNumber is null)
            {
                return await OpenAndEndAsync(dc, turn, cancellationToken);
            }

            await turn.SendAsync("我们会持续跟进，请保持电话畅通。请问还有其他需要帮忙的吗？", cancellationToken);
            return await EndAsync(dc, turn, cancellationToken);
        }

        var again = step.Name == state.Asking && !progressed;
        state.Misses = again ? state.Misses + 1 : 0;
        // "7239", "对，就是1701", "你们今天就去找他" to "您家是几栋几单元几号？": answers that fill something else still leave the
        // question unanswered — after three of them a person takes over, with the request kept.
        state.AskedInARow = step.Name != state.Asking ? 0
            : turn.Slots.IsQuestion || turn.Slots.Act is DialogAct.Done or DialogAct.Thanks or DialogAct.Cancel ? state.AskedInARow : state.AskedInARow + 1;
        if (state.Misses >= MaxMisses || state.AskedInARow >= MaxMisses)
        {
            return await HandOverAsync(dc, turn, cancellationToken);
        }

        state.Asking = step.Name;
        step.OnAsked(turn);
        var question = again ? step.Retry(turn) : step.Question(turn);
        var text = lead.Length > 0 && question.StartsWith("好的", StringComparison.Ordinal) ? lead + question[3..] : lead + question;
        var choices = step.Choices(turn);
        await dc.Turn.SendActivityAsync(choices.Count > 0 ? MessageFactory.SuggestedActions(choices, text) : MessageFactory.Text(text), cancellationToken);
        return Save(dc, turn);
    }

    private static Task<DialogTurnResult> EndAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(new RequestOutcome(turn.State.TicketNumber, [.. turn.State.Queued]) { VisitAt = turn.State.VisitAt }, cancellationToken);

    /// <summary>Once a ticket is open, the owner's home and binding are asked only for a neighbour complaint (whose place is the other flat).</summary>
    private static bool Applies(RequestStep step, RequestTurn turn) =>
        step is not (BindingStep or HomeStep) || turn.State.TicketNumber is null || turn.Profile.Place == PlaceNeed.OtherParty;

    private static RequestStep? StepNamed(RequestTurn turn, string? name) =>
        name is null ? null : (turn.State.TicketNumber is null ? Steps : OpenedSteps).Concat(Steps).FirstOrDefault(s => s.Name == name);

    private static OwnerIdentity UserId(RequestTurn turn) => OwnerIdentity.Of(turn.Turn.Activity);

    private static RequestState Load(DialogInstance instance) =>
        instance.State[StateKey]?.Deserialize<RequestState>(StateJson.Options) ?? new RequestState();

    private static DialogTurnResult Save(DialogContext dc, RequestTurn turn)
    {
        dc.ActiveDialog!.State[StateKey] = JsonSerializer.SerializeToNode(turn.State, StateJson.Options);
        return DialogTurnResult.Waiting;
    }
}
