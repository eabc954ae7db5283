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

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// Every request that opens a ticket — emergencies, repairs, public-area problems, complaints, concierge services —
/// as one slot-filling dialog over the intent's <see cref="IntentProfile"/>: each message is read for every slot
/// (<see cref="SlotFiller"/>), then the first pending <see cref="RequestStep"/> asks its question. At every prompt the
/// owner may cancel in any words, correct any slot, ask a question (answered, then the prompt again), raise a second
/// request (queued and opened next) or end. Urgent requests open the ticket with the first message and ask after;
/// the rest restate and open on the owner's yes. Three unusable answers in a row hand over with the request kept.
/// </summary>
public sealed class RequestDialog(RequestServices services, HandbookAnswerer answerer, IMessageClassifier classifier) : Dialog(DialogId), IRequestDialog
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
        var second = start.FromQueue ? null : await _followUps.SplitSecondAsync(turn, cancellationToken);
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
            await _followUps.AnswerAsync(turn, second, cancellationToken);
        }

        return await AskNextAsync(dc, turn, progressed: true, cancellationToken);
    }

    /// <summary>"哎还是修吧" after calling a request off: it comes back as it was, this message read for changes, and goes on.</summary>
    private async Task<DialogTurnResult> ResumeAsync(DialogContext dc, CancelledRequest cancelled, CancellationToken cancellationToken)
    {
        var state = cancelled.State.Deserialize<RequestState>(StateJson.Options) ?? new RequestState { Intent = cancelled.Intent };
        state.TicketNumber = null;
        state.Asking = null;
        state.Misses = 0;
        state.DispatchFallback = null;
        var turn = new RequestTurn(dc.Turn, state, SlotReader.Read(dc.Turn.NormalizedText, dc.Turn.Now, services.Entities), services);
        SlotFiller.Fill(turn, first: false);
        await turn.SendAsync($"好的，为您恢复刚才的{IntentCode.Label(state.Intent)}。", cancellationToken);
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
        var turn = new RequestTurn(dc.Turn, state, SlotReader.Read(dc.Turn.NormalizedText, dc.Turn.Now, services.Entities), services);
        var slots = turn.Slots;
        if (state.Asking == Settled && state.TicketNumber is not null)
        {
            return await AfterOpenedAsync(dc, turn, cancellationToken);
        }

        var progressed = false;
        var queuedNow = false;
        var declinedDispatch = false;
        if (state.Asking == DispatchStep.StepName && state.DispatchFallback is { } slower)
        {
            // A no takes the slower class, and so does a visit booked for later ("明天早上八点来修可以吗"); an owner who
            // simply goes on with the place or a phone wants someone to come.
            var later = DispatchStep.BooksForLater(slots, dc.Turn.Now);
            var now = !(later || slots.Act is DialogAct.Deny or DialogAct.Cancel || dc.Turn.NormalizedText.Contains(DispatchStep.NotNow, StringComparison.Ordinal));
            state.DispatchFallback = null;
            if (now)
            {
                SlotFiller.Fill(turn, first: false);
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

        if (!declinedDispatch && slots.Act == DialogAct.Cancel && (slots.OnlyAct || !slots.HasSlot))
        {
            // "不用派人来，已经好了。就是想问一下换个水龙头要多少钱？": called off, and the question still answered.
            var ended = await CancelAsync(dc, turn, cancellationToken);
            if (slots.IsQuestion)
            {
                await _followUps.AnswerQuestionAsync(turn, cancellationToken);
            }

            return ended;
        }

        if (slots.LastFour is { } lastFour && turn.User.BoundRoom is null && BindingStep.HomeToBind(turn) is not null)
        {
            progressed = await BindingStep.TryBindAsync(turn, lastFour, cancellationToken);
        }

        if (!slots.OnlyAct && RequestFollowUps.NamesAnotherMatter(dc.Turn.NormalizedText)
            && await _followUps.QueueNewRequestAsync(turn, dc.Turn.TurnState, cancellationToken))
        {
            // "对了我就是5栋1单元2201的，顺便说一下我家排气扇坏了": a second matter — its slots are its own (read when it
            // starts); only the owner's own flat is taken now.
            progressed = true;
            queuedNow = true;
            SlotFiller.FillOwnHome(turn);
        }

        var atConfirmation = state.Asking == ConfirmStep.StepName && state.TicketNumber is null;
        var filled = queuedNow || (atConfirmation && slots.IsQuestion && slots.Act != DialogAct.Correction) ? Filled.None : SlotFiller.Fill(turn, first: false);
        progressed |= filled != Filled.None;
        if (state.TicketNumber is not null && filled != Filled.None)
        {
            await PassOnAsync(turn, filled, cancellationToken);
        }
        else if (await OpenNeighbourComplaintOncePlacedAsync(turn, cancellationToken))
        {
            return await AskNextAsync(dc, turn, progressed: true, cancellationToken);
        }

        if (slots.IsQuestion && !declinedDispatch && await _followUps.AnswerQuestionAsync(turn, cancellationToken))
        {
            progressed = true;
            if (atConfirmation && filled == Filled.None && slots.Act is not (DialogAct.Deny or DialogAct.Correction))
            {
                // The owner moved on to a question without objecting to the restatement: register it as restated.
                return await OpenAndEndAsync(dc, turn, cancellationToken);
            }
        }
        else if (!progressed && !queuedNow && await _followUps.QueueNewRequestAsync(turn, dc.Turn.TurnState, cancellationToken))
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

        if (!queuedNow && !slots.OnlyAct && slots.Leftover.Length > 0 && !slots.IsQuestion && (!progressed || state.TicketNumber is null))
        {
            // "明天早上六点半，从小区门口去宝安机场T3": the time fills its slot, the rest is the request's detail.
            await AddNoteAsync(turn, progressed ? slots.Leftover : turn.Turn.Activity.Text?.Trim() ?? slots.Leftover, cancellationToken);
            if (!progressed && DescribesTheMatter(turn))
            {
                // "一直滴水", "关不紧了" while asked for the flat: more about the matter, kept — not an unusable answer.
                return await AskNextAsync(dc, turn, progressed: true, cancellationToken, lead: "好的，记下了。");
            }
        }

        return await AskNextAsync(dc, turn, progressed, cancellationToken);
    }

    /// <summary>The message says more about the request at hand: the model reads it as a request of the same kind.</summary>
    private static bool DescribesTheMatter(RequestTurn turn) =>
        turn.Turn.TurnState.TryGetValue(nameof(MessageReading), out var read) && read is MessageReading { OutOfDomain: false } reading
        && IntentProfiles.For(reading.Intent).OpensTicket && reading.Intent.Split('.')[0] == turn.State.Intent.Split('.')[0];

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        var state = Load(instance);
        var turn = new RequestTurn(dc.Turn, state, new SlotReading(), services);
        return StepNamed(turn, state.Asking) is { } step ? turn.SendAsync(step.Question(turn), cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Nobody needs to come: the owner's first words are answered from the handbook, and nothing opens.</summary>
    private async Task<DialogTurnResult> AnswerInsteadAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        var answer = answerer.Answer(turn.State.Description);
        await turn.SendAsync(answer.Known
            ? "好的，不派人过去。" + answer.Text
            : $"好的，不派人过去。如需帮忙，随时告诉我，也可以拨打24小时服务热线 {turn.Register.Profile.ServiceCentre.Hotline}。", cancellationToken);
        return await EndAsync(dc, turn, cancellationToken);
    }

    private async Task AcknowledgeAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        if (state.Intent == IntentCode.ComplaintStaff && state.Severity is null)
        {
            state.Severity = RequestWords.IsSeriousStaffComplaint(state.Description) ? IntentCode.SeveritySerious : IntentCode.SeverityNormal;
        }

        if (state.Intent == IntentCode.ComplaintNeighbor)
        {
            await turn.SendAsync($"非常抱歉给您带来困扰。{HandbookNotes.RuleFor(services.Knowledge, state.NormalizedDescription)}", cancellationToken);
        }
        else if (state.Intent == IntentCode.ComplaintStaff)
        {
            await turn.SendAsync("非常抱歉，给您带来了不好的体验。您的投诉我们会认真核实处理。", cancellationToken);
        }
    }

    private async Task OpenUrgentAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(turn, cancellationToken);
        var lines = new List<string>
        {
            $"{turn.User.Address}，已为您紧急登记，工单号 {opened.Number}。{Promises.For(opened, turn.Now)}"
                + (turn.Profile.SupervisorAtOnce ? "，客服主管也已同时收到通知。" : "。"),
        };
        if (HandbookNotes.SafetyFor(services.Knowledge, turn.State.Intent, turn.State.NormalizedDescription) is { } safety)
        {
            lines.Add("请注意安全：" + safety);
        }

        if (turn.State.Intent == IntentCode.Emergency)
        {
            lines.Add("如有人员受伤或火情，请同时拨打 120 / 119。");
        }

        await turn.SendAsync(string.Join("\n", lines), cancellationToken);
    }

    /// <summary>
    /// A neighbour complaint runs a 15-minute clock to the complained-about door: it opens as soon as that flat (or
    /// place) is known, restating what was registered; corrections and the owner's details follow on the ticket.
    /// </summary>
    private async Task<bool> OpenNeighbourComplaintOncePlacedAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        if (turn.Profile.Place != PlaceNeed.OtherParty || state.TicketNumber is not null || !state.HasPlace || state.DispatchFallback is not null)
        {
            return false;
        }

        var opened = await OpenAsync(turn, cancellationToken);
        await turn.SendAsync($"{turn.User.Address}，已为您登记邻里投诉，工单号 {opened.Number}（{state.Place.Describe()}）。{Promises.For(opened, turn.Now)}。"
            + "如住户或情况不对，直接告诉我，我马上更正。", cancellationToken);
        return true;
    }

    /// <summary>
    /// "找个真人" while a request is open: the request is kept — opened now if it was not yet — and a person is asked to
    /// call; the conversation stays on the request so a phone given next still reaches the ticket.
    /// </summary>
    public async Task<DialogTurnResult> HandToPersonAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = Load(dc.ActiveDialog!);
        var turn = new RequestTurn(dc.Turn, state, new SlotReading(), services);
        if (state.TicketNumber is null)
        {
            state.Notes.Add("（业主要求人工联系）");
            state.DispatchFallback = null;
            await OpenAsync(turn, cancellationToken);
        }
        else
        {
            await services.Tickets.AddDetailsAsync(state.TicketNumber, UserId(turn), null, "业主要求人工电话联系", cancellationToken);
        }

        var who = turn.Register.Profile.ServiceCentre.Hotline;
        await turn.SendAsync($"好的，已请负责的礼宾助理尽快直接打电话给您，您的事项已登记为工单 {state.TicketNumber}，不会耽误处理。" +
            $"{(turn.HasContact ? "" : "方便的话请留一个联系电话。")}着急的话也可以拨打24小时服务热线 {who}。", cancellationToken);
        state.Asking = turn.HasContact ? MoreStep.StepName : ContactStep.StepName;
        if (!state.Asked.Contains(MoreStep.StepName))
        {
            state.Asked.Add(MoreStep.StepName);
        }

        return Save(dc, turn);
    }

    private async Task<DialogTurnResult> AtConfirmationAsync(DialogContext dc, RequestTurn turn, bool progressed, Filled filled, CancellationToken cancellationToken)
    {
        var slots = turn.Slots;
        var objects = slots.Act is DialogAct.Deny or DialogAct.Correction or DialogAct.Cancel;
        var restatedChanged = (filled & (Filled.Place | Filled.Home | Filled.Time)) != Filled.None;
        if (progressed && !objects && !restatedChanged)
        {
            // A phone, the last four digits or more words after the restatement, with no objection to it: that is
            // consent to what was restated — register it with what was added.
            if (!slots.OnlyAct && slots.Leftover.Length > 0 && !slots.IsQuestion && filled == Filled.Contact)
            {
                await AddNoteAsync(turn, turn.Turn.Activity.Text?.Trim() ?? slots.Leftover, cancellationToken);
            }

            return await OpenAndEndAsync(dc, turn, cancellationToken);
        }

        // 对 / 是的，就这样 / 没问题 / 谢谢 at the restatement: nothing to change, open it.
        if (!progressed && slots.Act is DialogAct.Affirm or DialogAct.Thanks or DialogAct.Done && (!turn.State.ChangeAsked || slots.OnlyAct))
        {
            return await OpenAndEndAsync(dc, turn, cancellationToken);
        }

        if (!progressed && slots.Act is DialogAct.Deny or DialogAct.Correction)
        {
            turn.State.ChangeAsked = true;
            await turn.SendAsync("好的，请问哪一项需要修改？直接告诉我正确的内容就行，例如“时间改成后天上午10点”“电话是138…”。", cancellationToken);
            return Save(dc, turn);
        }

        if (!progressed && !objects && !slots.OnlyAct && slots.Leftover.Length > 0 && !slots.IsQuestion)
        {
            await AddNoteAsync(turn, turn.Turn.Activity.Text?.Trim() ?? slots.Leftover, cancellationToken);
            return await OpenAndEndAsync(dc, turn, cancellationToken);
        }

        turn.State.ChangeAsked = false;
        return await AskNextAsync(dc, turn, progressed, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterMoreAsync(DialogContext dc, RequestTurn turn, bool progressed, CancellationToken cancellationToken)
    {
        var slots = turn.Slots;
        var added = !progressed && !slots.OnlyAct && !slots.IsQuestion && slots.Act is DialogAct.None or DialogAct.Correction && slots.Leftover.Length > 0;
        if (added)
        {
            await services.Tickets.AddDetailsAsync(turn.State.TicketNumber!, UserId(turn), null, turn.Turn.Activity.Text?.Trim(), cancellationToken);
        }

        if (OpenedSteps.Any(s => s is not MoreStep && Applies(s, turn) && s.IsPending(turn)))
        {
            // The answer brought something to go on with (the owner's flat: binding follows).
            if (added)
            {
                await turn.SendAsync("已补充到工单，现场人员会看到。", cancellationToken);
            }

            return await AskNextAsync(dc, turn, progressed: true, cancellationToken);
        }

        // The owner's answer to "anything to add?" is met with what happens next and by when, once more (etiquette).
        var recap = turn.State.Promise is { } promise ? $"{promise}。" : "";
        await turn.SendAsync((added ? "已补充到工单，现场人员会看到。" : "好的。") + recap + "我们会持续跟进，请保持电话畅通。请问还有其他需要帮忙的吗？", cancellationToken);
        if (turn.State.Queued.Count > 0 || (slots.OnlyAct && slots.Act is DialogAct.Done or DialogAct.Thanks or DialogAct.Deny))
        {
            return await EndAsync(dc, turn, cancellationToken);
        }

        turn.State.Asking = Settled;
        return Save(dc, turn);
    }

    private async Task<DialogTurnResult> AskNextAsync(DialogContext dc, RequestTurn turn, bool progressed, CancellationToken cancellationToken, string lead = "")
    {
        var state = turn.State;
        var step = (state.TicketNumber is null ? Steps : OpenedSteps).FirstOrDefault(s => Applies(s, turn) && s.IsPending(turn));
        if (step is ConfirmStep && state.FromQueue && state.Asking is null)
        {
            // The owner asked for this second thing in so many words and nothing is missing: register it, restating it.
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
        if (state.Misses >= MaxMisses)
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

    private async Task<DialogTurnResult> OpenAndEndAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken, bool restate = false)
    {
        var opened = await OpenAsync(turn, cancellationToken);
        var closing = turn.Profile.IsComplaint
            ? "再次向您致歉，处理结果我们会及时告诉您。请问还有其他需要帮忙的吗？"
            : "请问还有其他需要帮忙的吗？";
        var what = restate
            ? $"{IntentCode.Label(turn.State.Intent)}{(turn.State.Place.IsKnown ? $"（{turn.State.Place.Describe()}）" : "")}也已为您登记"
            : "已为您登记";
        await turn.SendAsync($"{what}，工单号 {opened.Number}。{Promises.For(opened, turn.Now, turn.State.VisitAt)}。{(restate ? "如有不对，直接告诉我。" : "")}{closing}", cancellationToken);
        if (turn.State.Queued.Count > 0)
        {
            return await EndAsync(dc, turn, cancellationToken);
        }

        // The request stays at hand for a while: details, a phone or a question about it go to this ticket.
        turn.State.Asking = Settled;
        return Save(dc, turn);
    }

    /// <summary>The ticket is open and the owner was asked whether there is anything else.</summary>
    private const string Settled = "settled";

    /// <summary>True when the request on the stack is open and only waiting for what the owner adds (a bare 不用了 is then an ending, not a cancel).</summary>
    public static bool IsSettled(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Id == DialogId && Load(instance).Asking == Settled;
    }

    /// <summary>
    /// After the ticket opened: 没有了/谢谢 end the conversation; "取消"/"不用来了" cancel the ticket; a phone, a time or more
    /// words about it are added to it; a question is answered; anything else is a new matter for the root.
    /// </summary>
    private async Task<DialogTurnResult> AfterOpenedAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        var slots = turn.Slots;
        var number = turn.State.TicketNumber!;
        // "不用来了，我自己修好了" calls it off; a bare "不用了" answers "anything else?".
        if (RequestWords.CancelsTicket(turn.Turn.NormalizedText) || (slots.Act == DialogAct.Cancel && !slots.OnlyAct))
        {
            return await CancelAsync(dc, turn, cancellationToken);
        }

        if (slots.OnlyAct)
        {
            // What happens next and by when, once more as the owner leaves (etiquette).
            var recap = turn.State.Promise is { } promise ? $"{promise}。" : "";
            await turn.SendAsync(slots.Act switch
            {
                DialogAct.Thanks => $"不客气，这是我们应该做的。{recap}有需要随时找我，祝您生活愉快。",
                DialogAct.Affirm => $"好的。{recap}有需要随时找我。",
                _ => $"好的，{recap}感谢您的支持与配合！有需要随时找我，祝您生活愉快。",
            }, cancellationToken);
            return await EndAsync(dc, turn, cancellationToken);
        }

        var reading = dc.Turn.TurnState.TryGetValue(nameof(MessageReading), out var read) && read is MessageReading r ? r : null;
        if (reading?.Intent == IntentCode.TicketStatus && !RequestWords.AsksHowSoon(turn.Turn.NormalizedText))
        {
            // "我的报修怎么样了": the status answer covers every ticket of the owner.
            return await dc.EndDialogAsync(new RequestOutcome(number, [], Reroute: true), cancellationToken);
        }

        if (slots.IsQuestion && await _followUps.AnswerQuestionAsync(turn, cancellationToken))
        {
            return Save(dc, turn);
        }

        var newMatter = reading is { OutOfDomain: false, NeedsClarification: false } && reading.Confidence >= 0.8
            && reading.Intent != turn.State.Intent && IntentProfiles.For(reading.Intent).OpensTicket
            && (reading.Cue is not null || !IntentCode.IsTimeCritical(reading.Intent));
        if (!newMatter && (slots.HasSlot || slots.Leftover.Length > 0))
        {
            // A phone or a time put right after registering changes the ticket itself, not only its notes.
            var before = (turn.State.Contact, turn.State.VisitAt);
            var changed = SlotFiller.Fill(turn, first: false);
            if ((changed & (Filled.Contact | Filled.Time)) != Filled.None && (turn.State.Contact, turn.State.VisitAt) != before)
            {
                await services.Tickets.AmendAsync(number, UserId(turn), turn.State.Contact, turn.State.VisitAt, cancellationToken);
            }

            var place = slots.PublicPlace is not null && turn.Profile.Place is PlaceNeed.Public or PlaceNeed.Any ? slots.PublicPlace : null;
            var words = turn.Turn.Activity.Text?.Trim();
            if (slots.Phone is { } phone)
            {
                turn.User.ContactPhone = phone;
                words += $"；联系电话 {phone}";
            }

            await services.Tickets.AddDetailsAsync(number, UserId(turn), place, words, cancellationToken);

            await turn.SendAsync($"好的，已补充到工单 {number}，工作人员会看到。还有其他需要帮忙的吗？", cancellationToken);
            return Save(dc, turn);
        }

        return await dc.EndDialogAsync(new RequestOutcome(number, [], Reroute: true), cancellationToken);
    }

    private async Task<DialogTurnResult> CancelAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        var number = turn.State.TicketNumber;
        if (number is not null && await services.Tickets.CancelByOwnerAsync(number, UserId(turn), turn.Turn.Activity.Text?.Trim() ?? "取消", cancellationToken))
        {
            await turn.SendAsync($"好的，已为您取消工单 {number}，并通知了工作人员不用再过去。如还有需要，随时告诉我。", cancellationToken);
        }
        else
        {
            await turn.SendAsync($"好的，已为您取消这次{IntentCode.Label(turn.State.Intent)}，没有登记工单。如还有需要，随时告诉我。", cancellationToken);
        }

        turn.State.Queued.Clear();
        dc.Turn.Conversation.LastCancelledAt = dc.Turn.Now;
        dc.Turn.Conversation.Cancelled = new CancelledRequest(turn.State.Intent, JsonSerializer.SerializeToNode(turn.State, StateJson.Options)!, dc.Turn.Now);
        return await dc.EndDialogAsync(new RequestOutcome(null, []), cancellationToken);
    }

    /// <summary>Three answers the question could not use: a person takes over, and the request is kept as a ticket.</summary>
    private async Task<DialogTurnResult> HandOverAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        if (turn.State.TicketNumber is null)
        {
            turn.State.Notes.Add("（业主未能在对话中补全信息，请人工联系确认）");
            var opened = await OpenAsync(turn, cancellationToken);
            await turn.SendAsync($"抱歉，我没能理解清楚。已为您登记工单 {opened.Number}，并请礼宾助理尽快与您联系确认细节；{Promises.For(opened, turn.Now)}。" +
                $"如情况紧急，请直接拨打24小时服务热线 {turn.Register.Profile.ServiceCentre.Hotline}。", cancellationToken);
        }
        else
        {
            await turn.SendAsync($"抱歉，我没能理解清楚。工单 {turn.State.TicketNumber} 已在处理中，工作人员会直接与您联系；" +
                $"如情况紧急，请拨打24小时服务热线 {turn.Register.Profile.ServiceCentre.Hotline}。", cancellationToken);
        }

        return await EndAsync(dc, turn, cancellationToken);
    }

    private async Task<OpenedTicket> OpenAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        var s = turn.State;
        var opened = await services.Tickets.OpenAsync(
            new TicketDraft(s.Intent, s.Severity, RequestWords.OwnerOf(turn.Turn), s.Place, ConfirmStep.Describe(s), s.OtherDepartment, s.VisitAt), cancellationToken);
        s.TicketNumber = opened.Number;
        s.Promise = $"工单 {opened.Number}：{Promises.For(opened, turn.Now, s.VisitAt)}";
        return opened;
    }

    /// <summary>After an urgent ticket opened, a place or phone given later reaches the ticket and the people on the way.</summary>
    private async Task PassOnAsync(RequestTurn turn, Filled filled, CancellationToken cancellationToken)
    {
        var s = turn.State;
        var place = filled.HasFlag(Filled.Place) ? s.Place : null;
        var phone = filled.HasFlag(Filled.Contact) ? $"联系电话 {s.Contact}" : null;
        await services.Tickets.AddDetailsAsync(s.TicketNumber!, UserId(turn), place, phone, cancellationToken);
        if (place is not null)
        {
            await turn.SendAsync($"收到，已通知工作人员前往{place.Describe()}。", cancellationToken);
        }
    }

    private async Task AddNoteAsync(RequestTurn turn, string words, CancellationToken cancellationToken)
    {
        if (turn.State.TicketNumber is { } number)
        {
            await services.Tickets.AddDetailsAsync(number, UserId(turn), null, words, cancellationToken);
            await turn.SendAsync("收到，已补充到工单，现场人员会看到。", cancellationToken);
            return;
        }

        if (turn.State.Description.Length == 0)
        {
            turn.State.Description = words;
        }
        else if (!turn.State.Notes.Contains(words))
        {
            turn.State.Notes.Add(words);
        }
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
