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

/// <summary>Opening the ticket: the acknowledgement, urgent requests at once, a neighbour complaint once placed, the rest on the owner's yes; what is added afterwards.</summary>
public sealed partial class RequestDialog
{
    private async Task AcknowledgeAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        if (state.Intent == IntentCode.ComplaintStaff && state.Severity is null)
        {
            state.Severity = StaffSeverity.HasSeriousCue(state.Description) ? IntentCode.SeveritySerious : IntentCode.SeverityNormal;
        }

        if (state.Intent == IntentCode.ComplaintNeighbor)
        {
            await turn.SendAsync($"非常抱歉给您带来困扰。{HandbookNotes.RuleFor(services.Knowledge, state.NormalizedDescription)}", cancellationToken);
        }
        else if (state.Intent == IntentCode.ComplaintStaff)
        {
            await turn.SendAsync("非常抱歉，给您带来了不好的体验。您的投诉我们会认真核实处理。", cancellationToken);
        }
        else if (state.Intent == IntentCode.ComplaintOther && CueContext.DisputesABill(state.NormalizedDescription))
        {
            // A bill disputed: an apology first, and the account is checked (etiquette: apologise, say what happens next).
            await turn.SendAsync("非常抱歉给您带来困扰。您反映的费用问题，我们会核对您的缴费记录和账单后给您答复。", cancellationToken);
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

    private async Task<DialogTurnResult> OpenAndEndAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken, bool restate = false)
    {
        var opened = await OpenAsync(turn, cancellationToken);
        var closing = turn.Profile.IsComplaint
            ? "再次向您致歉，处理结果我们会及时告诉您。请问还有其他需要帮忙的吗？"
            : "请问还有其他需要帮忙的吗？";
        var what = restate
            ? $"{IntentCode.Label(turn.State.Intent)}{(turn.State.Place.IsKnown ? $"（{turn.State.Place.Describe()}）" : "")}也已为您登记"
            : "已为您登记";
        await turn.SendAsync($"{what}，工单号 {opened.Number}。{Promises.For(opened, turn.Now, turn.Appointment)}。{(restate ? "如有不对，直接告诉我。" : "")}{closing}", cancellationToken);
        if (turn.State.Queued.Count > 0)
        {
            return await EndAsync(dc, turn, cancellationToken);
        }

        // The request stays at hand for a while: details, a phone or a question about it go to this ticket.
        turn.State.Asking = Settled;
        return Save(dc, turn);
    }

    private async Task<OpenedTicket> OpenAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        var s = turn.State;
        if (s.Intent == IntentCode.ComplaintStaff && s.Severity != IntentCode.SeveritySerious
            && StaffSeverity.HasSeriousCue($"{ConfirmStep.Describe(s)}；{turn.Turn.NormalizedText}"))
        {
            // "…我就是要投诉这个张工，两次放鸽子" told after the first words (in the message that opens it, too): repeated
            // conduct said by the time the ticket opens makes the complaint serious (2 days, the supervisor at once, always revisited).
            s.Severity = IntentCode.SeveritySerious;
        }

        var complainant = ComplainantsHome(turn);
        s.ComplainantNoted = complainant.Length > 0;
        var opened = await services.Tickets.OpenAsync(
            new TicketDraft(s.Intent, s.Severity, RequestWords.OwnerOf(turn.Turn), s.Place, ConfirmStep.Describe(s) + complainant, s.OtherDepartment, turn.Appointment), cancellationToken);
        s.TicketNumber = opened.Number;
        s.Promise = $"工单 {opened.Number}：{Promises.For(opened, turn.Now, turn.Appointment)}";
        await TakeOverHandOverAsync(turn, opened, cancellationToken);
        return opened;
    }

    /// <summary>
    /// A neighbour complaint is placed at the flat complained about; the complainant's own flat, when known, goes on the
    /// ticket too ("；投诉人住址：3栋1单元1601") — bound, or only said ("我是S108奶茶店的老板") — so staff know whom they act
    /// for and whom to call back.
    /// </summary>
    private static string ComplainantsHome(RequestTurn turn) =>
        turn.Profile.Place == PlaceNeed.OtherParty && (turn.State.HomeKey ?? turn.User.BoundRoom ?? turn.User.StatedRoom) is { } home && home != turn.State.RoomKey
        && PlaceReader.FromKey(home) is { } flat
            ? $"；投诉人住址：{flat.Describe()}"
            : "";

    /// <summary>
    /// "我要找人工", then the matter itself: the hand-over ticket opened minutes ago, which says only that a person was
    /// asked for, is folded into the ticket for the matter (cancelled with a pointer to it; the new ticket notes the
    /// request for a call), so staff work one ticket with the owner's words on it.
    /// </summary>
    private async Task TakeOverHandOverAsync(RequestTurn turn, OpenedTicket opened, CancellationToken cancellationToken)
    {
        var conversation = turn.Turn.Conversation;
        if (conversation.HandOver is not { } handOver || turn.Now - handOver.OpenedAt > HandOverFoldWindow)
        {
            return;
        }

        conversation.HandOver = null;
        if (await services.Tickets.CancelByOwnerAsync(handOver.Number, UserId(turn), $"并入工单 {opened.Number}（业主随后说明了具体事项）", cancellationToken))
        {
            await services.Tickets.AddDetailsAsync(opened.Number, UserId(turn), null, $"业主要求人工电话联系（转人工工单 {handOver.Number} 已并入本工单）", cancellationToken);
            await turn.SendAsync($"您刚才转人工的工单 {handOver.Number} 已并入下面这张工单，工作人员会按这张工单直接联系您。", cancellationToken);
        }
    }

    private static readonly TimeSpan HandOverFoldWindow = TimeSpan.FromMinutes(30);

    /// <summary>After an urgent ticket opened, a place or phone given later reaches the ticket and the people on the way.</summary>
    private async Task PassOnAsync(RequestTurn turn, Filled filled, CancellationToken cancellationToken)
    {
        var s = turn.State;
        var place = filled.HasFlag(Filled.Place) ? s.Place : null;
        var note = filled.HasFlag(Filled.Contact) ? $"联系电话 {s.Contact}" : null;
        if (filled.HasFlag(Filled.Home) && ComplainantsHome(turn) is { Length: > 0 } home)
        {
            // "我住1501，就在他家正下方" after the complaint opened: who complains goes on the ticket too; "打错了 是2单元
            // 6栋2单元1602" puts right the one already noted, and says so.
            home = s.ComplainantNoted ? home.Replace("投诉人住址：", "投诉人住址更正为：", StringComparison.Ordinal) : home;
            s.ComplainantNoted = true;
            note = note is null ? home.TrimStart('；') : $"{note}{home}";
        }

        if (place is null && note is null)
        {
            return;
        }

        await services.Tickets.AddDetailsAsync(s.TicketNumber!, UserId(turn), place, note, cancellationToken);
        if (filled.HasFlag(Filled.Contact) && s.Contact is { } contact)
        {
            // The number to call back is the ticket's contact, not only a line in its notes.
            await services.Tickets.AmendAsync(s.TicketNumber!, UserId(turn), contact, null, cancellationToken);
        }

        if (place is not null)
        {
            await turn.SendAsync($"收到，已通知工作人员前往{place.Describe()}。", cancellationToken);
        }
    }

    /// <summary>
    /// "已补充到工单，现场人员会看到。" — and when the owner presses ("对的 快点叫师傅来"), that the staff were hurried and
    /// what happens next and by when, again (etiquette).
    /// </summary>
    private static string Noted(RequestTurn turn) =>
        RequestWords.Hurries(turn.Turn.NormalizedText) && turn.State.Promise is { } promise
            ? $"已补充到工单，并已催促工作人员。{promise}。"
            : "已补充到工单，现场人员会看到。";

    private async Task AddNoteAsync(RequestTurn turn, string words, CancellationToken cancellationToken)
    {
        if (turn.State.TicketNumber is { } number)
        {
            await services.Tickets.AddDetailsAsync(number, UserId(turn), null, words, cancellationToken);
            await turn.SendAsync("收到，" + Noted(turn), cancellationToken);
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
}
