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

/// <summary>The owner's answer at the restatement and after opening, and the ways a request ends: cancelled, answered instead, handed to a person.</summary>
public sealed partial class RequestDialog
{
    /// <summary>Nobody needs to come: the owner's first words are answered from the handbook, and nothing opens.</summary>
    private async Task<DialogTurnResult> AnswerInsteadAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        var answer = answerer.Answer(turn.State.Description);
        await turn.SendAsync(answer.Known
            ? "好的，不派人过去。" + answer.Text
            : $"好的，不派人过去。如需帮忙，随时告诉我，也可以拨打24小时服务热线 {turn.Register.Profile.ServiceCentre.Hotline}。", cancellationToken);
        return await EndAsync(dc, turn, cancellationToken);
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
        var objects = RequestWords.RejectsRestatement(slots, turn.Turn.NormalizedText);
        // (A shared space's restatement shows its place, not the owner's home: "我就是4栋1单元1902的业主…赶紧派人来修就行"
        // says who is asking, and changes nothing restated.)
        var restated = turn.State.Intent.StartsWith("public.", StringComparison.Ordinal) ? Filled.Place | Filled.Time : Filled.Place | Filled.Home | Filled.Time;
        var restatedChanged = (filled & restated) != Filled.None;
        if (progressed && slots.Act != DialogAct.Cancel && RequestWords.SaysTheRestIsRight(turn.Turn.NormalizedText))
        {
            // "电话写错了，是138…，其他没问题": the one item put right, and the rest agreed — register it as corrected.
            return await OpenAndEndAsync(dc, turn, cancellationToken);
        }

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

        if (!progressed && objects && slots.Act != DialogAct.Cancel)
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
        Task NoteOnTheTicketAsync() =>
            services.Tickets.AddDetailsAsync(turn.State.TicketNumber!, UserId(turn), null, turn.Turn.Activity.Text?.Trim(), cancellationToken);

        var added = !progressed && !slots.OnlyAct && !slots.IsQuestion && slots.Act is DialogAct.None or DialogAct.Correction && slots.Leftover.Length > 0;
        if (added)
        {
            await NoteOnTheTicketAsync();
        }

        if (OpenedSteps.Any(s => s is not MoreStep && Applies(s, turn) && s.IsPending(turn)))
        {
            // The answer brought something to go on with (the owner's flat: binding follows).
            if (added)
            {
                await turn.SendAsync(Noted(turn), cancellationToken);
            }

            return await AskNextAsync(dc, turn, progressed: true, cancellationToken);
        }

        // "那我现在让他先做什么？" at "anything to add?": a question about the request is answered (the safety advice here).
        if (!added && slots.IsQuestion && !slots.ProposesTime && await _followUps.AnswerQuestionAsync(turn, cancellationToken))
        {
            turn.State.Asking = Settled;
            return Save(dc, turn);
        }

        if (!added && !progressed && slots.IsQuestion && !slots.OnlyAct && slots.Leftover.Length > 0)
        {
            // "你们这回能不能上门去说说？" — asked of the staff, not of the handbook: kept on the ticket for them to see.
            await NoteOnTheTicketAsync();
            added = true;
        }

        // The owner's answer to "anything to add?" is met with what happens next and by when, once more (etiquette).
        var recap = turn.State.Promise is { } promise ? $"{promise}。" : "";
        if (slots.OnlyAct && slots.Act is DialogAct.Done or DialogAct.Thanks)
        {
            // "没有了，谢谢": the owner is done — no further question, a goodbye with what happens next.
            await turn.SendAsync($"好的，{recap}我们会持续跟进，请保持电话畅通。感谢您的支持与配合，有需要随时找我。", cancellationToken);
            return await EndAsync(dc, turn, cancellationToken);
        }

        await turn.SendAsync((added ? "已补充到工单，现场人员会看到。" : "好的。") + recap + "我们会持续跟进，请保持电话畅通。请问还有其他需要帮忙的吗？", cancellationToken);
        if (turn.State.Queued.Count > 0 || (slots.OnlyAct && slots.Act is DialogAct.Done or DialogAct.Thanks or DialogAct.Deny))
        {
            return await EndAsync(dc, turn, cancellationToken);
        }

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
    /// "不用来了，我自己修好了", "他帮我扛上去了，不用麻烦你们了": the ticket just opened is called off; a bare "不用了" only
    /// answers "anything else?"; "今天先别来了，改到明天上午10点" moves the visit — a day other than today is given.
    /// </summary>
    private static bool CallsOffTheOpenTicket(RequestTurn turn) =>
        !SendsAfterAll(turn) && (RequestWords.CancelsTicket(turn.Turn.NormalizedText) || (turn.Slots.Act == DialogAct.Cancel && !turn.Slots.OnlyAct))
        && !MovesTheVisitInstead(turn);

    /// <summary>"今天不用过来了，换到明天上午10点": a cancel word with another day and time in the same message moves the visit.</summary>
    private static bool MovesTheVisitInstead(RequestTurn turn) =>
        turn.Slots.Time is { } at
            ? ChinaTime.DateOf(at) != ChinaTime.DateOf(turn.Now)
            : turn.Slots is { ClockOnly: not null, Day: { } day } && day != ChinaTime.DateOf(turn.Now);

    /// <summary>"ok 7pm then, thanks. btw do I have to pay for this?" with 19:00 booked: the time said back, and a question.</summary>
    private static bool SaysTheBookedTimeAgain(RequestTurn turn) =>
        turn.State.VisitAt is { } booked
        && (turn.Slots.Time == booked
            || (turn.Slots is { Time: null, Day: null, ClockOnly: { } clock } && clock == TimeOnly.FromDateTime(ChinaTime.ToLocal(booked).DateTime)));

    private static bool SendsAfterAll(RequestTurn turn) => SendsAfterAll(turn.Turn.NormalizedText, turn.Slots.Act);

    /// <summary>
    /// Once the ticket is open, "先别派人，我老公先通一下" holds the visit and "算了还是派吧，通不开" sends it after all: the ticket
    /// stays live either way, the staff read which in its notes, and the questions still pending are dropped. Null for any
    /// other message.
    /// </summary>
    private async Task<DialogTurnResult?> HoldOrSendAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        var goesAhead = SendsAfterAll(turn);
        if (turn.State.TicketNumber is not { } number || !(goesAhead || RequestWords.HoldsTheVisit(turn.Turn.NormalizedText)))
        {
            return null;
        }

        await services.Tickets.AddDetailsAsync(number, UserId(turn), null, turn.Turn.Activity.Text?.Trim(), cancellationToken);
        await turn.SendAsync(goesAhead ? GoesAheadReply(turn.State.Promise) : HeldReply(number), cancellationToken);
        turn.State.Asking = Settled;
        return Save(dc, turn);
    }

    /// <summary>
    /// After the ticket opened: 没有了/谢谢 end the conversation; "取消"/"不用来了" cancel the ticket; a phone, a time or more
    /// words about it are added to it; a question is answered; anything else is a new matter for the root.
    /// </summary>
    private async Task<DialogTurnResult> AfterOpenedAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        var slots = turn.Slots;
        var number = turn.State.TicketNumber!;
        if (CallsOffTheOpenTicket(turn))
        {
            return await CancelAsync(dc, turn, cancellationToken);
        }

        if (await TakeLateOwnCallAsync(dc.Turn, number, cancellationToken))
        {
            return Save(dc, turn);
        }

        if (await HoldOrSendAsync(dc, turn, cancellationToken) is { } heldOrSent)
        {
            return heldOrSent;
        }

        if (await AnswerWhetherToCallAsync(dc, turn, cancellationToken) is { } answered)
        {
            return answered;
        }

        if (turn.Appointment is null && await TakeLateVisitTimeAsync(dc.Turn, slots, number, cancellationToken))
        {
            // "修门改成下午3点吧" just after a corridor light with no visit was filed: the door visit booked before it moves.
            return Save(dc, turn);
        }

        if (RequestWords.WaitsForTheOutcome(turn.Turn.NormalizedText))
        {
            // "对，就这么记。我等着看你们怎么处理": what happens next and by when, said once more — nothing added to the ticket.
            var promised = turn.State.Promise is { } promise ? $"{promise}。" : "";
            await turn.SendAsync($"好的，{promised}处理结果我们会第一时间告诉您。有需要随时找我。", cancellationToken);
            return await EndAsync(dc, turn, cancellationToken);
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

        var reading = dc.Turn.Get<MessageReading>();
        if ((await TryDowngradeAsync(dc, turn, cancellationToken) ?? await TryUpgradeAsync(dc, turn, reading, cancellationToken)) is { } upgraded)
        {
            return upgraded;
        }

        // "那就明天上午10点，到时候打我电话139…" just after registering gives a time and a number for it: no status question.
        var putsRight = slots.ProposesTime || (!slots.IsQuestion && (slots.Phone is not null || slots.Time is not null || slots.Day is not null));
        if (reading?.Intent == IntentCode.TicketStatus && !RequestWords.AsksHowSoon(turn.Turn.NormalizedText) && !putsRight)
        {
            // "我的报修怎么样了": the status answer covers every ticket of the owner.
            return await dc.EndDialogAsync(new RequestOutcome(number, [], Reroute: true), cancellationToken);
        }

        if (slots.IsQuestion && (!slots.ProposesTime || SaysTheBookedTimeAgain(turn)) && await _followUps.AnswerQuestionAsync(turn, cancellationToken))
        {
            return Save(dc, turn);
        }

        // "对，下午三点" just after the visit was moved: the time booked, said back.
        var timeSaidBack = slots.ProposesTime && slots.Act == DialogAct.Affirm && slots.Phone is null && turn.State.VisitAt is not null;
        var newMatter = !RequestWords.GivesContactOnly(slots) && !(slots.Phone is not null && RequestWords.AsksToBeCalled(turn.Turn.NormalizedText))
            // A message that announces another matter ("对了还有件事…顺便也报一下") is read as two requests; the first is this ticket.
            && reading is { OutOfDomain: false } && (!reading.NeedsClarification || RequestFollowUps.NamesAnotherMatter(turn.Turn.NormalizedText)) && reading.Confidence >= 0.8
            && reading.Intent != turn.State.Intent && IntentProfiles.For(reading.Intent).OpensTicket
            && (reading.Cue is not null || !IntentCode.IsTimeCritical(reading.Intent))
            && !SamePlaceToldAgain(turn)
            // "能改到明天下午3点吗" after a visit was booked: the visit moves, however the words alone are read (a booking, to the model).
            // So does "can they come at 8 tonight instead?" on an urgent repair with no time of its own.
            && !(slots.ProposesTime && SlotReader.MovesTheVisitIn(turn.Turn.NormalizedText) && (turn.State.VisitAt is not null || !turn.Profile.AsksTime))
            && !timeSaidBack;
        if (!newMatter && (slots.HasSlot || slots.Leftover.Length > 0))
        {
            // A phone or a time put right after registering changes the ticket itself, not only its notes.
            var before = (turn.State.Contact, turn.State.VisitAt);
            var roomBefore = turn.State.RoomKey;
            var changed = SlotFiller.Fill(turn, first: false);
            var moved = turn.Appointment is { } visit && visit != before.VisitAt ? visit : (DateTimeOffset?)null;
            if ((changed & (Filled.Contact | Filled.Time)) != Filled.None && (turn.State.Contact, turn.State.VisitAt) != before)
            {
                await services.Tickets.AmendAsync(number, UserId(turn), turn.State.Contact, turn.Appointment, cancellationToken);
            }

            if (moved is { } newVisit)
            {
                // "能改成后天下午3点吗？": the visit moves, and the owner hears the new time.
                turn.State.Promise = $"工单 {number}：按您约的时间（{Knowledge.Calendar.ChineseTimeText.Clock(newVisit, turn.Now)}）上门";
                await services.Tickets.AddDetailsAsync(number, UserId(turn), null, turn.Turn.Activity.Text?.Trim(), cancellationToken);
                var newNumber = turn.State.Contact is { } called && called != before.Contact ? $"，联系电话已更新为 {called}" : "";
                await turn.SendAsync($"好的，工单 {number} 的上门时间已改为{Knowledge.Calendar.ChineseTimeText.Clock(newVisit, turn.Now)}{newNumber}，会按新的时间安排。还有其他需要帮忙的吗？", cancellationToken);
                return Save(dc, turn);
            }

            if (moved is null && timeSaidBack && turn.Appointment is { } same && same == before.VisitAt)
            {
                // Confirmed, nothing new opened.
                await turn.SendAsync($"好的，工单 {number} 的上门时间是{Knowledge.Calendar.ChineseTimeText.Clock(same, turn.Now)}，师傅会按时上门，请保持电话畅通。还有其他需要帮忙的吗？", cancellationToken);
                return Save(dc, turn);
            }

            // "狗是斜上面1203家的，不是1202，麻烦改一下": the household complained about, put right after registering, moves the ticket.
            var place = turn.Profile.Place == PlaceNeed.OtherParty && changed.HasFlag(Filled.Place) && turn.State.RoomKey is { } party && party != roomBefore
                ? turn.State.Place
                : slots.PublicPlace is not null && turn.Profile.Place is PlaceNeed.Public or PlaceNeed.Any ? slots.PublicPlace : null;
            var words = turn.Turn.Activity.Text?.Trim();
            if (slots.Phone is { } phone)
            {
                turn.User.ContactPhone = phone;
                words += $"；联系电话 {phone}";
            }

            await services.Tickets.AddDetailsAsync(number, UserId(turn), place, words, cancellationToken);

            await turn.SendAsync(turn.State.Contact is { } newContact && newContact != before.Contact
                ? ContactUpdated(number, newContact)
                : RequestWords.Hurries(turn.Turn.NormalizedText) && turn.State.Promise is { } promise
                    // "对 赶紧去敲门": the owner is pressing — what happens and by when, again (etiquette).
                    ? $"好的，已补充到工单 {number}，并已催促工作人员。{promise}。还有其他需要帮忙的吗？"
                : RequestWords.AsksWhenTheyCome(turn.Turn.NormalizedText) && turn.State.Promise is { } when
                    // "师傅大概几点到？": the promise, with its time, again — the rest of the message is on the ticket.
                    ? $"{when}。您说的情况已补充到工单，工作人员会看到。还有其他需要帮忙的吗？"
                    : $"好的，已补充到工单 {number}，工作人员会看到。还有其他需要帮忙的吗？", cancellationToken);
            return Save(dc, turn);
        }

        return await dc.EndDialogAsync(new RequestOutcome(number, [], Reroute: true), cancellationToken);
    }

    /// <summary>
    /// "对，南门进门左手边那块大草坪，快点啊，水哗哗地流" after a ticket at 南门进来那片草坪: the place just registered, told
    /// closer and pressed for — more about the same matter, however the words alone are read, unless another matter is named.
    /// </summary>
    private static bool SamePlaceToldAgain(RequestTurn turn) =>
        turn.Slots.PublicPlace?.Location is { } said && turn.State.Location is { } registered
        && PublicPlaceReader.SameLandmark(said, registered) && !RequestFollowUps.NamesAnotherMatter(turn.Turn.NormalizedText);

    private async Task<DialogTurnResult> CancelAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        if (await CancelEarlierNamedAsync(dc, turn, cancellationToken) is { } earlierCancelled)
        {
            return earlierCancelled;
        }

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
}
