using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Requests;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Store;

namespace ConciergeBot.Dialogs.Root;

/// <summary>
/// The bot: greets new members, handles interruptions once (取消, 帮助, 转人工), continues the active dialog, and
/// otherwise reads the message and routes it to the request dialog for its intent — asking a short question
/// first when the message is unclear. State from an older dialog tree is reset safely (version stamp).
/// </summary>
public sealed partial class DialogBot : IBot
{
    /// <summary>Bump when dialog state shapes change incompatibly; older stacks are then reset, not replayed.</summary>
    public const string DialogTreeVersion = "2026.12.1";

    private readonly DialogSet _dialogs = new();
    private readonly Dictionary<string, string> _routes = new(StringComparer.Ordinal);
    private readonly IMessageClassifier _classifier;
    private readonly IHumanHandoff _handoff;
    private readonly KnowledgeStore _knowledge;
    private readonly ITicketDesk _tickets;
    private readonly RequestDialog? _requests;
    private readonly Handbook.HandbookAnswerer _answerer;

    public DialogBot(IMessageClassifier classifier, IHumanHandoff handoff, IEnumerable<IRequestDialog> requestDialogs, KnowledgeStore knowledge, ITicketDesk tickets, Handbook.HandbookAnswerer answerer)
    {
        _answerer = answerer;
        ArgumentNullException.ThrowIfNull(requestDialogs);
        _tickets = tickets;
        _requests = requestDialogs.OfType<RequestDialog>().FirstOrDefault();
        _classifier = classifier;
        _handoff = handoff;
        _knowledge = knowledge;
        _dialogs.Add(new ClarifyIntentDialog());
        foreach (var request in requestDialogs)
        {
            _dialogs.Add(request.Dialog);
            foreach (var intent in request.Intents)
            {
                _routes[intent] = request.Dialog.Id;
            }
        }
    }

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var state = turn.Conversation;
        if (state.DialogVersion != DialogTreeVersion)
        {
            if (state.Dialogs.Stack.Count > 0 && turn.Activity.IsMessage)
            {
                await turn.SendActivityAsync(BotReplies.Restarted, cancellationToken);
            }
            state.Dialogs = new DialogState();
            state.DialogVersion = DialogTreeVersion;
        }

        if (turn.Activity.Type == ActivityTypes.ConversationUpdate)
        {
            await GreetNewMembersAsync(turn, cancellationToken);
            return;
        }
        if (!turn.Activity.IsMessage)
        {
            return;
        }

        var dc = new DialogContext(_dialogs, turn, state.Dialogs);
        try
        {
            await OnMessageAsync(dc, turn, cancellationToken);
        }
        catch (TicketLimitException limit)
        {
            // Nothing was opened: the request ends here, and the owner hears when to try again and the hotline.
            await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
            await turn.SendActivityAsync(BotReplies.TooManyTickets(_knowledge.Current.Register.Profile.ServiceCentre.Hotline, limit.RetryAfter), cancellationToken);
        }
    }

    private async Task OnMessageAsync(DialogContext dc, TurnContext turn, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(turn.NormalizedText))
        {
            if (dc.ActiveDialog is null || turn.Activity.Attachments is not { Count: > 0 })
            {
                await turn.SendActivityAsync(turn.Activity.Attachments is { Count: > 0 } ? BotReplies.AttachmentOnly(_knowledge.Current.Register.ExampleFlat) : BotReplies.EmptyMessage, cancellationToken);
                return;
            }
        }

        // Read once: the interruptions use the reading's dialog act (regional words folded, as the classifier reads them).
        var reading = _classifier.Read(turn);
        if (dc.ActiveDialog is null)
        {
            PlaceBeforeTheMatter.JoinToTheMatter(turn, reading);
        }

        PhonesSaid.Remember(turn.Conversation, reading.Entities, turn.NormalizedText);
        if (dc.ActiveDialog is null && HasRecentTicket(turn) && turn.Conversation.LastTicket is { } last && _requests is not null
            && await _requests.TakeLateChangeAsync(turn, reading.Act, last, cancellationToken))
        {
            return;
        }

        if (dc.ActiveDialog is null && (reading.Act == DialogAct.Cancel || RequestWords.CancelsTicket(turn.NormalizedText))
            && await CancelLastTicketAsync(turn, cancellationToken))
        {
            return;
        }

        if (reading.Cue is null && !IntentCode.IsTimeCritical(reading.Intent) && dc.ActiveDialog is null
            && RecentAnswers.NumbersJustGiven(turn.Conversation, turn.NormalizedText) is { } numbers)
        {
            // "ok 那我直接打哪个电话报障比较快" just after the carriers' numbers were given: those numbers again, however the
            // model reads the question alone (a complaint, to it, "那我打哪个电话").
            await turn.SendActivityAsync(numbers, cancellationToken);
            return;
        }

        var settled = dc.ActiveDialog is { } active && RequestDialog.IsSettled(active);
        if (!(settled && reading.Act == DialogAct.Cancel) && await HandleInterruptionAsync(dc, reading, cancellationToken))
        {
            return;
        }

        IntroducedFlat.Remember(turn, reading, _classifier, _knowledge.Current.Register);
        if (FlatNamedForAnother(turn, reading) is { } namedRoom)
        {
            turn.Conversation.LastRoomNamed = namedRoom;
        }

        var atMenu = dc.ActiveDialog?.Id == ClarifyIntentDialog.DialogId;
        if ((dc.ActiveDialog is null || atMenu) && _requests is not null && await IntroducedFlat.TryBindAsync(turn, _knowledge.Current.Register, _requests.Bindings, _classifier, cancellationToken))
        {
            if (atMenu)
            {
                // The last four digits sent while the menu was showing: bound, and the menu shown again.
                await dc.RepromptDialogAsync(cancellationToken);
            }

            return;
        }

        if (dc.ActiveDialog is null && turn.User.BoundRoom is { } bound && CueContext.AddressOnly(LastFourPhrases.Without(turn.NormalizedText))
            && IntroducedFlat.OwnFlatIn(turn.NormalizedText, reading.Entities, _knowledge.Current.Register, unknownRoleIsOwn: true) == bound
            && PlaceReader.FromKey(bound) is { } home)
        {
            // "3栋1单元802，尾号5575" opening a new conversation of an owner already bound to that flat: who is writing, not a
            // matter to guess at — nor words to prepend to the matter told next.
            await turn.SendActivityAsync(BotReplies.AlreadyBound(turn.User.Address, home.Describe()), cancellationToken);
            return;
        }

        if (atMenu && turn.User.BoundRoom is null && CueContext.AddressOnly(turn.NormalizedText)
            && !(turn.Conversation.PendingClarify is { } waiting && (IntentProfiles.For(waiting.Intent).OpensTicket || ReadTogether(waiting, turn) is not null))
            && IntroducedFlat.OwnFlatIn(turn.NormalizedText, reading.Entities, _knowledge.Current.Register, unknownRoleIsOwn: true) is { } given)
        {
            // "2栋1单元1902" at the "which one?" menu: the writer's flat, kept for whatever is chosen (its last four, sent
            // next, bind it), and the menu shown again — not lost, nor asked for once the choice is made.
            turn.User.StatedRoom = given;
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        if (dc.ActiveDialog is null && reading.Cue is null && reading.PossibleDanger is null && (reading.Confidence < UnsureAlone || reading.Intent == IntentCode.Smalltalk) && !HasRecentTicket(turn)
            && turn.Conversation.RecentAnswers is [.., var answered] && !AsksSomething().IsMatch(turn.NormalizedText)
            && reading.Entities.Any(e => e.Type == Understanding.Entities.EntityTypes.Room && _knowledge.Current.Register.TryGetRoom(e.Value) is not null)
            && _classifier.Read($"{answered.Question}，{turn.NormalizedText}", turn.Now) is { Cue: null, PossibleDanger: null } withTheQuestion
            && withTheQuestion.Intent is IntentCode.InquiryFee or IntentCode.InquiryGeneral && withTheQuestion.Confidence >= ClearQuestion
            && _routes.ContainsKey(withTheQuestion.Intent))
        {
            // "他们住7栋2单元401，房子登记在我爸名下…" just after the January discount was explained: the flat the question was
            // asked for, with nothing asked or reported of its own (read unsure, or as mere chat) — the question is answered
            // for that flat, not guessed at nor met with a greeting.
            turn.Set(new QuestionForAFlat(answered.Question));
            turn.Set(reading);
            if (turn.User.BoundRoom is null && IntroducedFlat.OwnFlatIn(turn.NormalizedText, reading.Entities, _knowledge.Current.Register, unknownRoleIsOwn: true) is { } stated)
            {
                // The flat asked for is the household written for: its last four, sent next, verify it.
                turn.User.StatedRoom = stated;
            }

            await StartRequestAsync(dc, reading with { Intent = withTheQuestion.Intent, NeedsClarification = false, OutOfDomain = false }, cancellationToken);
            return;
        }

        if (dc.ActiveDialog is null && reading.Cue is null && RequestWords.AsksToFileIt(turn.NormalizedText) && !CueContext.NamesAFault(turn.NormalizedText)
            && turn.Conversation.RecentAnswers is [.., var discussed]
            && _classifier.Read($"{discussed.Question}，{turn.NormalizedText}", turn.Now) is { OutOfDomain: false } filed
            && IntentProfiles.For(filed.Intent).OpensTicket && filed.Intent != IntentCode.TicketStatus
            && _routes.TryGetValue(filed.Intent, out var filedDialog))
        {
            // "那帮我报一下吧 我家5栋1单元1603" after "地漏老是返臭味，物业管不管" was answered: the matter asked about is
            // filed, read with the question — not a menu, nor an errand read from "帮我" (a fast class the model alone reads
            // into it still gets the one tap before anyone is sent).
            turn.Set(filed with { NeedsClarification = false });
            var start = RequestStart.From(filed, turn) with { Text = $"{discussed.Question} {turn.Activity.Text?.Trim()}", Normalized = $"{discussed.Question}，{turn.NormalizedText}" };
            await StartQueuedAsync(dc, await dc.BeginDialogAsync(filedDialog, start, cancellationToken), cancellationToken);
            await CompleteHandoffAsync(turn, cancellationToken);
            return;
        }

        if (dc.ActiveDialog is null && AddressInPieces.TryTake(turn, _knowledge.Current.Register) is { } addressReply)
        {
            await turn.SendActivityAsync(addressReply, cancellationToken);
            return;
        }

        if (dc.ActiveDialog is null && PlaceBeforeTheMatter.TryTake(turn, reading) is { } placeReply)
        {
            await turn.SendActivityAsync(placeReply, cancellationToken);
            return;
        }

        if (dc.ActiveDialog is null && Reinstated(turn, reading) is { } cancelled && _routes.TryGetValue(cancelled.Intent, out var resumeDialog))
        {
            turn.Conversation.Cancelled = null;
            turn.Set(reading);
            await StartQueuedAsync(dc, await dc.BeginDialogAsync(resumeDialog, cancelled, cancellationToken), cancellationToken);
            await CompleteHandoffAsync(turn, cancellationToken);
            return;
        }

        if (dc.ActiveDialog is not null && IsConfidentNewRequest(reading))
        {
            turn.TurnState[NewRequestSignal.CandidateKey] = true;
        }
        turn.Set(reading);
        if (dc.ActiveDialog?.Id == ClarifyIntentDialog.DialogId && reading.IsOnlyAct && reading.Act is DialogAct.Thanks or DialogAct.Done)
        {
            // "好的，谢谢", "没有了" at the "which one?" menu: the owner needs none of it — the menu closes, the thanks is answered.
            turn.Conversation.PendingClarify = null;
            await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
        }
        else if (dc.ActiveDialog?.Id == ClarifyIntentDialog.DialogId && turn.Conversation.PendingClarify is { } agreed && reading.Act == DialogAct.Affirm
            && OpensWithYes().IsMatch(turn.NormalizedText) && IntentProfiles.For(agreed.Intent).OpensTicket && _routes.TryGetValue(agreed.Intent, out var agreedDialog))
        {
            // "Yes that's right. It's the main door on the ground floor, not my flat door" at the menu: a yes to the likeliest
            // reading, with more about the same matter — not a new request read from its last words.
            await StartFromTheMenuAsync(dc, agreedDialog, new RequestStart(agreed.Intent, null, agreed.Text, $"{agreed.Normalized}，{turn.NormalizedText}", [], false), cancellationToken);
            return;
        }
        else if (dc.ActiveDialog?.Id == ClarifyIntentDialog.DialogId && AnswersWithARequest(reading, turn))
        {
            // Asked "which one?", the owner describes the request instead of tapping: that description is the answer.
            await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
        }
        else if (dc.ActiveDialog?.Id == ClarifyIntentDialog.DialogId && turn.Conversation.PendingClarify is { } pending
            && IntentProfiles.For(pending.Intent).OpensTicket && _routes.TryGetValue(pending.Intent, out var pendingDialog)
            && ((reading.IsOnlyAct && reading.Act == DialogAct.Affirm) || (CarriesASlot(reading, turn) && !AsksClearly(reading, turn)))
            && !RaisedTogether(pending, reading, turn))
        {
            // The owner goes on with the request (the flat, a phone, a time) or just says "对，就是这样" rather than
            // choosing: take the likeliest reading and read both messages for its slots.
            await StartFromTheMenuAsync(dc, pendingDialog, new RequestStart(pending.Intent, null, pending.Text, $"{pending.Normalized}，{turn.NormalizedText}", [], false), cancellationToken);
            return;
        }

        if (dc.ActiveDialog?.Id == ClarifyIntentDialog.DialogId && turn.Conversation.PendingClarify is { } unclear && !reading.IsOnlyAct && !reading.OutOfDomain
            && ReadTogether(unclear, turn) is { } together && _routes.TryGetValue(together.Intent, out var togetherDialog))
        {
            // Asked "which one?", the owner says more about the same matter ("…so there's no lift at all, I'm on the 28th
            // floor"): read with the first message, that is clear — it is the request.
            turn.Set(together);
            await StartFromTheMenuAsync(dc, togetherDialog, new RequestStart(together.Intent, together.Severity, $"{unclear.Text} {turn.Activity.Text?.Trim()}", $"{unclear.Normalized}，{turn.NormalizedText}", [], false), cancellationToken);
            return;
        }

        if (dc.ActiveDialog?.Id == InquiryDialog.DialogId && !reading.IsOnlyAct
            && (AsksSomething().IsMatch(turn.NormalizedText) || CueContext.LodgesAComplaint(turn.NormalizedText)
                || (reading.Cue is not null && IntentProfiles.For(reading.Intent).OpensTicket)))
        {
            // Offered a person's reply to an unanswered question, the owner asks another one instead of yes or no, lodges a
            // complaint ("I want to file a complaint") or reports a danger: that is what is handled (the offer is not pressed
            // again).
            await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (turn.TurnState.Remove(NewRequestSignal.SwitchedKey))
        {
            await turn.SendActivityAsync("好的，先为您处理这件事。", cancellationToken);
            result = new DialogTurnResult(DialogTurnStatus.Empty);
        }
        if (result is { Status: DialogTurnStatus.Complete, Result: RequestOutcome { Reroute: true } rerouted })
        {
            // The owner moved on to a new matter after the last request: that request is remembered, the message routed.
            turn.Conversation.LastTicket = rerouted.TicketNumber;
            turn.Conversation.LastTicketAt = turn.Now;
            result = new DialogTurnResult(DialogTurnStatus.Empty);
        }

        // "那师傅大概多久能到" just after a ticket opened asks about that ticket, not about the fee answered in between.
        if (result.Status == DialogTurnStatus.Empty && reading.Cue is null && !(HasRecentTicket(turn) && RequestWords.AsksHowSoon(turn.NormalizedText))
            && RecentAnswers.Elliptical(turn.Conversation, turn.NormalizedText) is { } full
            && _classifier.Read(full, turn.Now) is { Intent: var asked } && asked.StartsWith("inquiry.", StringComparison.Ordinal) && _routes.ContainsKey(asked))
        {
            // "那换个灯泡呢？" after a question was answered: the same question about a new subject, not a new request.
            await StartRequestAsync(dc, reading with { Intent = asked, NeedsClarification = false, Confidence = 1.0 }, cancellationToken);
        }
        else if (result.Status == DialogTurnStatus.Empty && reading.Cue is null && SmellAskedAbout.Named(turn.Conversation, turn.NormalizedText) is { } named
            && _classifier.Read(named, turn.Now) is { Cue: not null } smelled && IntentCode.IsTimeCritical(smelled.Intent) && _routes.TryGetValue(smelled.Intent, out var smellDialog))
        {
            // "其实我现在厨房就有一点点这个味道" after "如果闻到煤气味怎么办": the smell asked about is smelled now (and named in
            // the request, so its safety instructions are given).
            turn.Set(smelled);
            var start = new RequestStart(smelled.Intent, smelled.Severity, turn.Activity.Text?.Trim() ?? "", named, [], false);
            await StartQueuedAsync(dc, await dc.BeginDialogAsync(smellDialog, start, cancellationToken), cancellationToken);
        }
        else if (result.Status == DialogTurnStatus.Empty)
        {
            await RouteAsync(dc, reading, cancellationToken);
        }
        else if (result is { Status: DialogTurnStatus.Complete, Result: IntentChoice choice })
        {
            await RouteChoiceAsync(dc, choice, cancellationToken);
        }
        else
        {
            await StartQueuedAsync(dc, result, cancellationToken);
        }
        await CompleteHandoffAsync(turn, cancellationToken);
    }

    /// <summary>The request called off within the hour, when this message asks for it after all and not for something else.</summary>
    private static CancelledRequest? Reinstated(TurnContext turn, MessageReading reading) =>
        turn.Conversation.Cancelled is { } cancelled && turn.Now - cancelled.At < TimeSpan.FromHours(1)
        && (reading.Act != DialogAct.Cancel || RequestWords.TakesBackTheCancel(turn.NormalizedText)) && RequestWords.Reinstates(turn.NormalizedText)
        && (reading.Intent == cancelled.Intent || !IsConfidentNewRequest(reading) || !IntentProfiles.For(reading.Intent).OpensTicket
            || (reading.Cue is null && !NamesAFault().IsMatch(turn.NormalizedText)))
            ? cancelled : null;

    /// <summary>"Yes that's right. …", "对，就是…": a reply that opens with a yes before saying more.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(对|对的|对啊|是的|是啊|没错|嗯|嗯嗯|yes|yeah|yep|yup|right|correct|that's right)[\s,，.。!！]", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OpensWithYes();

    /// <summary>
    /// Words of a fault of its own. Without them, "吊顶太高了，家里也没梯子，还是麻烦你们派人来换吧" after a bulb change was called
    /// off asks for that change after all, however the model reads it alone.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex("坏|漏|堵|不亮|不通|停电|停水|没电|没水|异响|吵|臭|裂|掉下|冒|着火|困|跳闸|渗")]
    private static partial System.Text.RegularExpressions.Regex NamesAFault();

    /// <summary>
    /// The flat a message names, for the questions after it: "我是3栋1单元801的业主。我爸住8栋2单元501" names the father's
    /// flat for "他那套一年多少" — the last flat named that is not the writer's own, else the first named.
    /// </summary>
    private string? FlatNamedForAnother(TurnContext turn, MessageReading reading)
    {
        var register = _knowledge.Current.Register;
        var named = reading.Entities.Where(e => e.Type == Understanding.Entities.EntityTypes.Room)
            .Select(e => register.TryGetRoom(e.Value)?.Key).OfType<string>().ToList();
        var own = turn.User.BoundRoom ?? turn.User.StatedRoom;
        return named.LastOrDefault(key => key != own) is { } another && named.Count > 1 ? another : named.FirstOrDefault();
    }

    /// <summary>
    /// A reply to the clarifying question that is a request of its own (not a choice, a yes/no, small talk or a flat alone). Not a fast
    /// class the model alone reads into the reply, nor the same class the reply and the unclear message read together make,
    /// when that reading is a clear request ("…no lift at all, I'm on the 28th floor with a baby" after a stopped lift in
    /// building 5): that is the same matter, read together, so the first message's place is kept.
    /// </summary>
    private bool AnswersWithARequest(MessageReading reading, TurnContext turn) =>
        !(turn.Conversation.PendingClarify is { } pending && IntentProfiles.For(pending.Intent).OpensTicket
            && !IntentProfiles.For(reading.Intent).OpensTicket && CarriesASlot(reading, turn) && !AsksClearly(reading, turn))
        && !reading.IsOnlyAct && !reading.OutOfDomain && !reading.NeedsClarification && reading.Confidence >= ClarifyAnswerConfidence
        && !CueContext.AddressOnly(LastFourPhrases.Without(turn.NormalizedText))
        && _routes.ContainsKey(reading.Intent) && reading.Intent != IntentCode.TicketStatus
        && !(turn.Conversation.PendingClarify is { } unclear && ReadTogether(unclear, turn) is { } together
            && ((reading.Cue is null && IntentCode.IsTimeCritical(reading.Intent)) || (together.Intent == reading.Intent && !RequestWords.IsVague(unclear.Text))));

    private const double ClarifyAnswerConfidence = 0.6;

    /// <summary>
    /// "It's 9栋2单元201… How much is the 物业费 per month?" at the menu: a question the model is sure of, with its flat —
    /// the question is the answer to "which one?", not a slot for the likeliest reading.
    /// </summary>
    private static bool AsksClearly(MessageReading reading, TurnContext turn) =>
        reading is { Cue: null, NeedsClarification: false } && reading.Intent.StartsWith("inquiry.", StringComparison.Ordinal)
        && reading.Confidence >= ClearQuestion && AsksSomething().IsMatch(turn.NormalizedText);

    /// <summary>Leaves the "which one?" menu for the request its pending message and the reply make together.</summary>
    private async Task StartFromTheMenuAsync(DialogContext dc, string dialogId, RequestStart start, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
        dc.Turn.Conversation.PendingClarify = null;
        await StartQueuedAsync(dc, await dc.BeginDialogAsync(dialogId, start, cancellationToken), cancellationToken);
        await CompleteHandoffAsync(dc.Turn, cancellationToken);
    }

    /// <summary>
    /// The unclear message and the reply to "which one?" read as one: a request when that reading is clear. Read once a
    /// turn: whether the reply is a request of its own and whether to start from the menu both ask.
    /// </summary>
    private MessageReading? ReadTogether(PendingRequest unclear, TurnContext turn)
    {
        if (turn.TurnState.TryGetValue(ReadTogetherKey, out var read))
        {
            return ((ReadingTogether)read).Reading;
        }

        var together = _classifier.Read($"{unclear.Normalized}，{turn.NormalizedText}", turn.Now);
        var clear = IntentProfiles.For(together.Intent).OpensTicket && !together.NeedsClarification && !together.OutOfDomain
            && (together.Cue is not null || together.Confidence >= ClarifyAnswerConfidence)
            ? together : null;
        turn.TurnState[ReadTogetherKey] = new ReadingTogether(clear);
        return clear;
    }

    /// <summary>
    /// "9栋2单元，我住402…现在烟比刚才大了，还有火星" at the menu after smoke the owner half explained away: the flat goes with
    /// the matter, and read together the matter is now a fast class — raised by a cue, or read so by the model with the reply
    /// alone read the same (then confirmed with one tap) — that class, not the likeliest guess.
    /// </summary>
    private bool RaisedTogether(PendingRequest pending, MessageReading reply, TurnContext turn) =>
        ReadTogether(pending, turn) is { } together && IntentCode.IsTimeCritical(together.Intent) && !IntentCode.IsTimeCritical(pending.Intent)
        && (together.Cue is not null || (together.Confidence >= SureTogether && reply.Intent == together.Intent));

    /// <summary>How sure the model must be of a fast class read from the menu's message and the reply together, with no cue.</summary>
    private const double SureTogether = 0.9;

    private const string ReadTogetherKey = "root.readTogether";

    private sealed record ReadingTogether(MessageReading? Reading);

    [System.Text.RegularExpressions.GeneratedRegex(@"物业费|物业服务费|管理费|电梯费|电梯运行费|停车费|车位费|\bproperty fee|\bmanagement fee|\blift fee", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NamesAFee();

    [System.Text.RegularExpressions.GeneratedRegex(@"问一下|问下|问问|想问|请问|咨询|想知道|打听")]
    private static partial System.Text.RegularExpressions.Regex AnnouncesAQuestion();

    /// <summary>
    /// A question with something in it (not "嗯那个我想问一下啊", which only announces one), in the A-not-A form too ("你们停水之前
    /// 会不会提前通知的", voice input without a question mark).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[？?]|吗|多少|怎么|什么|哪|几[点个天时号次]|是否|能否|可否|有没有|会不会|能不能|要不要|可不可以|\b(?:how|what|when|where|which)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsksSomething();


    [System.Text.RegularExpressions.GeneratedRegex(@"\b(if|in case)\b[^.!?]{3,80}[,;]\s*(who|what|how|where|when|should|can|could|do|does|is|are|will)\b[^.!?]*\?|\b(what|who|how|where)\s+(should|do|can|would|must)\s+(i|we|you|they)\s+(do|call|contact|ring|go)\b[^.!?]{0,20}\b(if|in case)\b[^.!?]{3,80}\?", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex IfThenAskedInEnglish();

    /// <summary>"帮我安排一下", "麻烦预约", "想约一下货梯": the owner asks in so many words for something to be arranged.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("帮我(安排|办|办理|约|预约|订|预订|叫|登记)|麻烦(你们)?(安排|办理|预约|预订)|请(帮我)?安排|想(要)?(约|预约|订|预订)(一下|个)?")]
    private static partial System.Text.RegularExpressions.Regex AsksToArrangeIt();

    /// <summary>The message carries a flat (English too), a phone or a time — words that go on with a request.</summary>
    private static bool CarriesASlot(MessageReading reading, TurnContext turn) =>
        reading.Entities.Any(e => e.Type is Understanding.Entities.EntityTypes.Room or Understanding.Entities.EntityTypes.Phone
            or Understanding.Entities.EntityTypes.DateTime or Understanding.Entities.EntityTypes.Date or Understanding.Entities.EntityTypes.Time)
        || !string.Equals(FlatReader.WithChineseAddresses(turn.NormalizedText), turn.NormalizedText, StringComparison.Ordinal);

    /// <summary>A message that is clearly a request of its own (not an answer such as a phone number or "好的").</summary>
    private static bool IsConfidentNewRequest(MessageReading reading) =>
        reading.Confidence >= NewRequestConfidence && !reading.NeedsClarification &&
        reading.Intent is not (IntentCode.Smalltalk or IntentCode.TicketStatus);

    private const double NewRequestConfidence = 0.8;

    /// <summary>A message this short that names a fee and reads as a fee question ("物业加电梯费") asks about it.</summary>
    private const int FeeNamedAlone = 12;

    private async Task<bool> HandleInterruptionAsync(DialogContext dc, MessageReading reading, CancellationToken cancellationToken)
    {
        switch (Interruptions.Detect(dc.Turn.NormalizedText, reading.Act, reading.IsOnlyAct))
        {
            case Interruption.Cancel when dc.ActiveDialog?.Id == RequestDialog.DialogId:
                // The request calls itself off: it says what was dropped and keeps it, so "哎还是修吧" brings it back.
                return false;
            case Interruption.Cancel:
                var hadDialog = dc.ActiveDialog is not null;
                await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
                var justCancelled = dc.Turn.Conversation.LastCancelledAt is { } at && dc.Turn.Now - at < RecentTicket;
                await dc.Turn.SendActivityAsync(
                    hadDialog ? BotReplies.Cancelled : justCancelled ? BotReplies.AlreadyCancelled : BotReplies.NothingToCancel, cancellationToken);
                return true;
            case Interruption.Help:
                await dc.Turn.SendActivityAsync(MessageFactory.SuggestedActions(BotReplies.Starters, BotReplies.Help), cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return true;
            case Interruption.Human when dc.ActiveDialog?.Id == RequestDialog.DialogId && _requests is not null:
                await _requests.HandToPersonAsync(dc, cancellationToken);
                return true;
            case Interruption.Human:
                await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
                await _handoff.HandOffAsync(dc.Turn, "owner asked for a person", cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private async Task RouteAsync(DialogContext dc, MessageReading reading, CancellationToken cancellationToken)
    {
        dc.Turn.Set(reading);
        if (reading.Cue is null && !IntentCode.IsTimeCritical(reading.Intent) && CueContext.OnlyThanksForPastHelp(dc.Turn.NormalizedText))
        {
            // "上礼拜下水道堵了，刘工给通好的…特地来说声谢谢": praise for what was done — thanked back, nothing opened, no menu.
            await dc.Turn.SendActivityAsync(BotReplies.ThanksForPastHelp, cancellationToken);
            return;
        }

        if (reading.Cue is null && reading.PossibleDanger is null && !HasRecentTicket(dc.Turn)
            && RecentAnswers.NothingHappeningNow(dc.Turn.Conversation, dc.Turn.NormalizedText) is { } kept)
        {
            // "不是现在哈…我想提前教教她" after a what-if was answered: nobody is sent — the answer is given again to keep.
            await dc.Turn.SendActivityAsync(BotReplies.LearningInAdvance(kept), cancellationToken);
            return;
        }

        if (reading.PossibleDanger is not null && !IntentCode.IsTimeCritical(reading.Intent))
        {
            // "骨折了怎么办": never silence, never a guess — one tap decides whether someone is sent now.
            await dc.BeginDialogAsync(ClarifyIntentDialog.DialogId, new ClarifyState
            {
                Reading = reading with { OutOfDomain = false },
                Candidates = [IntentCode.Emergency, IntentCode.InquiryGeneral],
                Question = BotReplies.SafetyCheck,
            }, cancellationToken);
            return;
        }

        if (reading.Intent != IntentCode.Emergency && FirstOfTwo(dc.Turn) is { } first && (reading.NeedsClarification || first.Intent != reading.Intent))
        {
            // Two things in one message: the first is gathered now, the second is queued behind it (the request dialog splits it).
            await StartRequestAsync(dc, first, cancellationToken);
            return;
        }

        if (reading.Intent != IntentCode.Emergency && (reading.NeedsClarification || reading.Cue is null) && QuestionBeforeRequest(dc.Turn, reading) is { } split)
        {
            // "想請問一下裝修申請需要準備哪些資料？另外廚房水槽排水很慢…可以請師傅來看看嗎？": the question asked first is
            // answered at once, and the request after it is gathered — no menu between the two. So when the model read the
            // whole message as one fast request ("车位一个月多少钱…然后还有个事我楼上2001那家每天晚上…"): the request is the second part.
            RecentAnswers.Remember(dc.Turn.Conversation, split.Question, split.Answer);
            await dc.Turn.SendActivityAsync("您问到的：" + split.Answer, cancellationToken);
            await StartRequestAsync(dc, split.Request with { NeedsClarification = false }, cancellationToken);
            return;
        }

        if ((reading.Intent == IntentCode.TicketStatus
                || (reading is { Cue: null } && (reading.NeedsConfirmation || reading.NeedsClarification) && ReportThatCameBack.ReportedBeforeAndStillWrong(dc.Turn.NormalizedText)))
            && ReportThatCameBack.Problem(dc.Turn.NormalizedText) is { } problem
            && _classifier.Read(problem, dc.Turn.Now) is { } cameBack && IntentProfiles.For(cameBack.Intent).OpensTicket && cameBack.Intent != IntentCode.TicketStatus
            && (await _tickets.ForOwnerAsync(OwnerIdentity.Of(dc.Turn.Activity), 1, cancellationToken)).Count == 0)
        {
            // "…又开始起皮发霉了，之前那个单子还能查到吗" with nothing on record here: the problem is registered again; so is
            // "我都报过两次了…到现在还是坏的" when the model alone read it as a fast request, or could not tell which request.
            await dc.Turn.SendActivityAsync(ReportThatCameBack.NotOnRecord, cancellationToken);
            await StartRequestAsync(dc, cameBack with { NeedsClarification = false }, cancellationToken);
            return;
        }

        if (HasRecentTicket(dc.Turn) && (reading.Intent == IntentCode.TicketStatus || RequestWords.AsksHowSoon(dc.Turn.NormalizedText)
                || (RequestWords.Hurries(dc.Turn.NormalizedText) && reading.Cue is null && !IntentProfiles.For(reading.Intent).OpensTicket))
            && _routes.ContainsKey(IntentCode.TicketStatus))
        {
            // "你们多久能到？", "你们赶紧去敲门" soon after a ticket was opened here: it is about that ticket, answered from it.
            await StartRequestAsync(dc, reading with { Intent = IntentCode.TicketStatus, NeedsClarification = false, Confidence = 1.0 }, cancellationToken);
            return;
        }

        if (reading.NeedsClarification && AsksSomething().IsMatch(dc.Turn.NormalizedText) && _routes.ContainsKey(reading.Intent) && !IntentProfiles.For(reading.Intent).OpensTicket
            && (reading.RunnerUp is not { } alternative || !IntentProfiles.For(alternative).OpensTicket
                || (reading.Cue is null && Understanding.Intents.CueContext.IsHypotheticalQuestion(dc.Turn.NormalizedText))
                || (reading.Cue is null && reading.Intent.StartsWith("inquiry.", StringComparison.Ordinal) && alternative.StartsWith("complaint.", StringComparison.Ordinal)
                    && !RequestFollowUps.VoicesAGrievance(dc.Turn.NormalizedText))))
        {
            // Unsure only between kinds of question ("你们24小时的电话是多少？"), between a question and a request the owner
            // only supposes ("如果是计划停水停电，会不会提前通知？"), or between a question and a complaint when no grievance is
            // voiced ("My tenant is moving out this Saturday. Does she need anything from me?"): no menu — the question answers it.
            await StartRequestAsync(dc, reading with { NeedsClarification = false }, cancellationToken);
            return;
        }

        if (reading.Cue is null && !IntentProfiles.For(reading.Intent).OpensTicket && reading.Intent != IntentCode.TicketStatus && !HasRecentTicket(dc.Turn)
            && dc.Turn.Conversation.RecentAnswers.Count > 0 && RequestWords.AsksHowSoon(dc.Turn.NormalizedText)
            && _routes.ContainsKey(IntentCode.InquiryGeneral)
            && RecentAnswers.Elliptical(dc.Turn.Conversation, dc.Turn.NormalizedText) is not null)
        {
            // "how long would it take for someone to come?" after an answer on what to do if stuck in a lift: asked of that
            // answer's matter, not small talk.
            await StartRequestAsync(dc, reading with { Intent = IntentCode.InquiryGeneral, NeedsClarification = false, OutOfDomain = false }, cancellationToken);
            return;
        }

        if (reading.Cue is null && !IntentCode.IsTimeCritical(reading.Intent) && !HasRecentTicket(dc.Turn)
            && (reading.Intent.StartsWith("complaint.", StringComparison.Ordinal) || (reading.NeedsClarification && RecentAnswers.PointsBack(dc.Turn.NormalizedText)))
            && AsksSomething().IsMatch(dc.Turn.NormalizedText) && !RequestFollowUps.VoicesAGrievance(dc.Turn.NormalizedText)
            && (reading.Confidence < 0.9 || RecentAnswers.PointsBack(dc.Turn.NormalizedText))
            && dc.Turn.Conversation.RecentAnswers.Count > 0 && _routes.ContainsKey(IntentCode.InquiryGeneral))
        {
            // "Does she need anything from me?" after the moving rule was given: a question on that answer, with no grievance
            // in it, is no complaint however the model reads it alone (however sure, when a pronoun points back at that answer),
            // and needs no menu when it points back.
            await StartRequestAsync(dc, reading with { Intent = IntentCode.InquiryGeneral, NeedsClarification = false, OutOfDomain = false }, cancellationToken);
            return;
        }

        if (reading.Cue is null && reading.Intent is IntentCode.Smalltalk && !HasRecentTicket(dc.Turn)
            && dc.Turn.Conversation.RecentAnswers.Count > 0 && RecentAnswers.SeeksConfirmation(dc.Turn.NormalizedText)
            && _routes.ContainsKey(IntentCode.InquiryGeneral))
        {
            // "所以是fake的对吧" after the ways to pay were given: the owner's conclusion, asked to be confirmed, is a question
            // on that answer — not a greeting to meet with the menu.
            await StartRequestAsync(dc, reading with { Intent = IntentCode.InquiryGeneral, NeedsClarification = false, OutOfDomain = false }, cancellationToken);
            return;
        }

        if (reading.Cue is null && !IntentCode.IsTimeCritical(reading.Intent) && _routes.ContainsKey(IntentCode.InquiryFee)
            && InquiryDialog.AsksHowToPayAFee(dc.Turn.Conversation, dc.Turn.NormalizedText))
        {
            // "可以用我的支付宝帮他们交吗" after a computed fee: how to pay it, not a service to book.
            await StartRequestAsync(dc, reading with { Intent = IntentCode.InquiryFee, NeedsClarification = false, OutOfDomain = false }, cancellationToken);
            return;
        }

        if (reading.Cue is null && !IntentProfiles.For(reading.Intent).OpensTicket && _routes.ContainsKey(IntentCode.InquiryFee)
            && InquiryDialog.FollowsUpAFee(dc.Turn.Conversation, dc.Turn.NormalizedText))
        {
            // "那要是一次交一年能便宜点吗" after a computed fee: the same fee question, followed up.
            await StartRequestAsync(dc, reading with { Intent = IntentCode.InquiryFee, NeedsClarification = false, OutOfDomain = false }, cancellationToken);
            return;
        }

        if (((reading.NeedsClarification && (reading.Intent == IntentCode.InquiryFee || reading.RunnerUp == IntentCode.InquiryFee))
                || (reading.Intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain && !reading.IsOnlyAct))
            && reading.Cue is null && _routes.ContainsKey(IntentCode.InquiryFee)
            && NamesAFee().IsMatch(dc.Turn.NormalizedText)
            && (AsksSomething().IsMatch(dc.Turn.NormalizedText) || AnnouncesAQuestion().IsMatch(dc.Turn.NormalizedText) || dc.Turn.NormalizedText.Length <= FeeNamedAlone))
        {
            // "我想帮我爸妈问一下物业费。他们住7栋1单元202": a fee named and asked about is a fee question, whatever else the model
            // half-reads in the message (a greeting, an introduction) — answered, not a menu or small talk; so is a fee named
            // alone ("物业加电梯费").
            await StartRequestAsync(dc, reading with { Intent = IntentCode.InquiryFee, NeedsClarification = false }, cancellationToken);
            return;
        }

        if (reading.NeedsClarification && reading.Intent == IntentCode.ServiceConcierge && reading.Cue is null
            && AsksToArrangeIt().IsMatch(dc.Turn.NormalizedText) && _routes.ContainsKey(IntentCode.ServiceConcierge))
        {
            // "行，那我想租一个，按年交，帮我安排一下": read as a service, and asked for in so many words — no menu.
            await StartRequestAsync(dc, reading with { NeedsClarification = false }, cancellationToken);
            return;
        }

        if ((reading.NeedsClarification || (reading.Intent == IntentCode.TicketStatus && !HasRecentTicket(dc.Turn))) && reading.Cue is null && reading.Intent != IntentCode.Emergency && _routes.ContainsKey(IntentCode.InquiryGeneral)
            && (Understanding.Intents.CueContext.IsHypotheticalQuestion(dc.Turn.NormalizedText)
                || (AsksSomething().IsMatch(dc.Turn.NormalizedText) && IfThenAskedInEnglish().IsMatch(dc.Turn.NormalizedText))))
        {
            // "My tenant asked me: if the water suddenly goes off late at night, who should they call?", "要是真欠费了，你们会停我家
            // 水电吗？": a question about a supposed case, whatever request or status check the model half-reads in it — answered
            // from the handbook, no menu.
            await StartRequestAsync(dc, reading with { Intent = IntentCode.InquiryGeneral, NeedsClarification = false, OutOfDomain = false }, cancellationToken);
            return;
        }

        if (reading.NeedsClarification && reading.Act is DialogAct.Done or DialogAct.Thanks)
        {
            // "没有，现在有水，就是先问问": unsure what else the message is, it says the owner is done — no menu.
            await dc.Turn.SendActivityAsync(ActReply(reading.Act), cancellationToken);
            return;
        }

        if (reading.NeedsClarification && reading.Intent != IntentCode.Emergency)
        {
            var candidates = new List<string> { reading.Intent };
            if (reading.RunnerUp is { } runnerUp)
            {
                candidates.Add(runnerUp);
            }
            dc.Turn.Conversation.PendingClarify = new PendingRequest(dc.Turn.Activity.Text?.Trim() ?? "", dc.Turn.NormalizedText, reading.Intent);
            await dc.BeginDialogAsync(ClarifyIntentDialog.DialogId, new ClarifyState { Reading = reading, Candidates = candidates }, cancellationToken);
            return;
        }
        await StartRequestAsync(dc, reading, cancellationToken);
    }

    private async Task RouteChoiceAsync(DialogContext dc, IntentChoice choice, CancellationToken cancellationToken)
    {
        if (choice.Intent is null)
        {
            await _handoff.HandOffAsync(dc.Turn, "owner chose a person while clarifying", cancellationToken);
            return;
        }
        await StartRequestAsync(dc, choice.Reading with { Intent = choice.Intent, Confidence = 1.0, NeedsClarification = false }, cancellationToken);
    }

    private async Task StartRequestAsync(DialogContext dc, MessageReading reading, CancellationToken cancellationToken)
    {
        if (_routes.TryGetValue(reading.Intent, out var dialogId))
        {
            await StartQueuedAsync(dc, await dc.BeginDialogAsync(dialogId, reading, cancellationToken), cancellationToken);
            return;
        }

        if (reading.IsOnlyAct && dc.ActiveDialog is null)
        {
            await dc.Turn.SendActivityAsync(ActReply(reading.Act), cancellationToken);
            return;
        }
        if (reading.Intent == IntentCode.Smalltalk)
        {
            await dc.Turn.SendActivityAsync(SmallTalkReply(dc.Turn, reading), cancellationToken);
            return;
        }
        await _handoff.HandOffAsync(dc.Turn, $"no dialog for {reading.Intent}", cancellationToken);
    }

    /// <summary>The reading of the first of two requests in one message, when it is one clearly.</summary>
    private MessageReading? FirstOfTwo(TurnContext turn)
    {
        if (RequestSplitter.FirstTwo(turn.NormalizedText) is not { } parts)
        {
            return null;
        }

        var first = _classifier.Read(parts.First, turn.Now);
        // "晾衣杆摇不下来了，麻烦来修一下。还想问下…": unsure only which kind of repair, the first part still asks for someone to come.
        var clearEnough = !first.NeedsClarification
            || (first.RunnerUp is { } runnerUp && RequestFollowUps.Family(runnerUp) == RequestFollowUps.Family(first.Intent)
                && CueContext.AsksSomeoneToCome(parts.First));
        return IntentProfiles.For(first.Intent).OpensTicket && clearEnough && !first.OutOfDomain ? first with { NeedsClarification = false } : null;
    }

    /// <summary>How sure the model must be of a first part being a question to split it off a message read as one fast request.</summary>
    private const double ClearQuestion = 0.9;

    /// <summary>Below this the model cannot tell what a message is on its own.</summary>
    private const double UnsureAlone = 0.5;

    /// <summary>A question the handbook answers, then a request that opens a ticket, in one message: both parts, read clearly.</summary>
    private (string Question, string Answer, MessageReading Request)? QuestionBeforeRequest(TurnContext turn, MessageReading whole)
    {
        if (RequestSplitter.FirstTwo(turn.NormalizedText) is not { } parts || !AsksSomething().IsMatch(parts.First))
        {
            return null;
        }

        var question = _classifier.Read(parts.First, turn.Now);
        if (!question.Intent.StartsWith("inquiry.", StringComparison.Ordinal) || question.Cue is not null
            || (!whole.NeedsClarification && (question.NeedsClarification || question.Confidence < ClearQuestion)))
        {
            return null;
        }

        var request = _classifier.Read(parts.Second, turn.Now);
        if (!IntentProfiles.For(request.Intent).OpensTicket || request.NeedsClarification || request.OutOfDomain || request.Intent == IntentCode.TicketStatus)
        {
            return null;
        }

        var answer = _answerer.AnswerNormalized(parts.First);
        return RequestFollowUps.Usable(answer)
            ? (parts.First, answer.Text, whole with { Intent = request.Intent, Severity = request.Severity, Confidence = request.Confidence, Cue = request.Cue })
            : null;
    }

    /// <summary>
    /// After a request ends: its ticket is remembered (it can be cancelled in the next messages), and a request the owner
    /// raised while it was open ("另外单元门禁也坏了") starts now.
    /// </summary>
    private async Task StartQueuedAsync(DialogContext dc, DialogTurnResult result, CancellationToken cancellationToken)
    {
        while (result is { Status: DialogTurnStatus.Complete, Result: RequestOutcome outcome })
        {
            if (outcome.TicketNumber is { } number)
            {
                dc.Turn.Conversation.LastTicket = number;
                dc.Turn.Conversation.LastTicketAt = dc.Turn.Now;
            }

            if (outcome.Queued.Count == 0 || !_routes.TryGetValue(outcome.Queued[0].Intent, out var dialogId))
            {
                return;
            }

            await dc.Turn.SendActivityAsync($"接下来为您办理刚才说的另一件事（{IntentCode.Label(outcome.Queued[0].Intent)}）。", cancellationToken);
            result = await dc.BeginDialogAsync(dialogId, RequestStart.Next(outcome.Queued, outcome.VisitAt), cancellationToken);
        }
    }

    /// <summary>"刚才那个车帮我取消吧" soon after a request ended: the ticket it opened is cancelled, and its assignee told.</summary>
    private async Task<bool> CancelLastTicketAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var conversation = turn.Conversation;
        if (!HasRecentTicket(turn) || conversation.LastTicket is not { } number)
        {
            return false;
        }

        // "算了，门把手那个不用来了" after a door handle and then a street lamp: the ticket whose matter it names, else the latest.
        var owner = OwnerIdentity.Of(turn.Activity);
        var written = turn.Activity.Text?.Trim() ?? "取消";
        var named = NamedTicket.Among(await _tickets.ForOwnerAsync(owner, 10, cancellationToken), turn.NormalizedText, written, turn.Now);
        var cancelling = named?.Number ?? number;
        if (cancelling == number)
        {
            conversation.LastTicket = null;
        }

        if (!await _tickets.CancelByOwnerAsync(cancelling, owner, written, cancellationToken))
        {
            return false;
        }

        conversation.LastCancelledAt = turn.Now;
        await turn.SendActivityAsync(named is null
            ? $"好的，已为您取消工单 {number}，并通知了工作人员。如还有需要，随时告诉我。"
            : $"{NamedTicket.Cancelled(named, written)}如还有需要，随时告诉我。", cancellationToken);
        return true;
    }

    private static readonly TimeSpan RecentTicket = TimeSpan.FromHours(2);

    /// <summary>This conversation opened a ticket within <see cref="RecentTicket"/>: "取消" or "多久能到" is about that one.</summary>
    private static bool HasRecentTicket(TurnContext turn) =>
        turn.Conversation.LastTicket is not null && turn.Conversation.LastTicketAt is { } at && turn.Now - at <= RecentTicket;

    /// <summary>A bare 对 / 不用了 / 没有了 / 谢谢 with nothing open: the conversation ends politely, no menu and no request.</summary>
    private static string ActReply(DialogAct act) => act switch
    {
        DialogAct.Thanks => BotReplies.Thanks,
        DialogAct.Affirm => "好的。还有什么需要帮忙的，直接告诉我就行。",
        _ => BotReplies.Goodbye,
    };

    private string Greeting(UserProfile user) => BotReplies.Greeting(user, _knowledge.Current.Register.Profile);

    /// <summary>Small talk: a goodbye ends the conversation, thanks are answered, anything not about the estate gets what the bot can do.</summary>
    private Activity SmallTalkReply(TurnContext turn, MessageReading reading)
    {
        var text = turn.NormalizedText;
        if (reading.Act == DialogAct.Done)
        {
            return MessageFactory.Text(BotReplies.Goodbye);
        }

        if (reading.Act == DialogAct.Thanks || text.Contains('谢', StringComparison.Ordinal) || text.Contains("辛苦", StringComparison.Ordinal))
        {
            return MessageFactory.Text(BotReplies.Thanks);
        }

        // "你好，我是1栋2单元1801的": the owner introduces themselves first; the flat is kept for what they ask next.
        if (!reading.OutOfDomain && IntroducedFlat.OwnFlatIn(text, reading.Entities, _knowledge.Current.Register, unknownRoleIsOwn: true) is { } key
            && PlaceReader.FromKey(key) is { } flat)
        {
            turn.User.StatedRoom = key;
            return MessageFactory.Text(BotReplies.Introduced(flat.Describe(), RequestWords.SaysTenant(text), RequestWords.WritesForTheHousehold(text)));
        }

        if (!reading.OutOfDomain && (CueContext.ReportsResolved(text) || CueContext.ReadPutRight(text) != PutRightAsk.NotPutRight))
        {
            // "家里跳闸停电了，不过现在已经好了": nothing to open — glad, and what to do if it comes back.
            var answer = _answerer.AnswerNormalized(text);
            return MessageFactory.Text(answer.Known && answer.SourceId.StartsWith("safety.", StringComparison.Ordinal)
                ? $"好的，恢复了就好。如果再遇到：{answer.Text}"
                : "好的，恢复了就好。如果再出现，随时告诉我，我们马上安排。");
        }

        return reading.OutOfDomain
            ? MessageFactory.SuggestedActions(BotReplies.Starters, BotReplies.OutOfDomain)
            : MessageFactory.SuggestedActions(BotReplies.Starters, Greeting(turn.User));
    }

    private async Task CompleteHandoffAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.TurnState.Remove(HandoffRequest.TurnStateKey, out var request))
        {
            await _handoff.HandOffAsync(turn, ((HandoffRequest)request).Reason, cancellationToken);
        }
    }

    private async Task GreetNewMembersAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var botId = turn.Activity.Recipient?.Id;
        var someoneJoined = turn.Activity.MembersAdded?.Any(m => m.Id != botId) ?? false;
        if (someoneJoined && !turn.Conversation.Greeted)
        {
            turn.Conversation.Greeted = true;
            await turn.SendActivityAsync(MessageFactory.SuggestedActions(BotReplies.Starters, Greeting(turn.User)), cancellationToken);
        }
    }
}
