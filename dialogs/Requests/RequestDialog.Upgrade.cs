using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Requests.Steps;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Dialogs.Requests;

public sealed partial class RequestDialog
{
    /// <summary>
    /// After the ticket opened, the owner's later words may make the same matter more urgent: "我腿脚不好，走不了楼梯" after a
    /// broken lift, "电梯里还关着我妈" after a lift that will not come. When this message alone carries an explicit cue for a
    /// faster class — of the same kind of request, or an emergency — and names no other fault, the ticket moves to that class
    /// with its clock from now, staff are told, and the owner hears the new promise. A cue-less (model-only) reading
    /// never upgrades; a message that names another fault is a new matter for the root.
    /// </summary>
    private async Task<DialogTurnResult?> TryUpgradeAsync(DialogContext dc, RequestTurn turn, MessageReading? reading, CancellationToken cancellationToken)
    {
        var number = turn.State.TicketNumber;
        if (number is null || FasterClassForTheSameMatter(turn, reading) is not { } faster)
        {
            return null;
        }

        if (await services.Tickets.UpgradeAsync(number, UserId(turn), faster, OwnerWords(turn), cancellationToken) is not { } upgraded)
        {
            return null;
        }

        MoveTo(turn, faster);
        var promise = Promises.For(upgraded, turn.Now);
        turn.State.Promise = $"工单 {upgraded.Number}：{promise}";
        var lines = new List<string>
        {
            $"明白了，谢谢您告诉我们。情况比较紧急，工单 {upgraded.Number} 已升级为{IntentCode.Label(faster)}处理：{promise}"
                + (IntentProfiles.For(faster).SupervisorAtOnce ? "，客服主管也已同时收到通知。" : "。"),
        };
        if (HandbookNotes.SafetyFor(services.Knowledge, faster, turn.State.NormalizedDescription) is { } safety)
        {
            lines.Add("请注意安全：" + safety);
        }

        await turn.SendAsync(string.Join("\n", lines), cancellationToken);
        return Save(dc, turn);
    }

    /// <summary>
    /// After an urgent ticket opened, the owner may take back the very words that made it urgent: "不是漏水，地上是干的，是水管在
    /// 响". When this message rules out the kind of cue the request was raised by and names nothing urgent itself, the ticket
    /// moves to the ordinary class of the same kind (the standard's 7 working days for a repair), staff are told, and the
    /// owner hears the new promise. An emergency is never lowered this way.
    /// </summary>
    private async Task<DialogTurnResult?> TryDowngradeAsync(DialogContext dc, RequestTurn turn, CancellationToken cancellationToken)
    {
        if (turn.State.TicketNumber is not { } number || SlowerClassTheOwnerMeant(turn) is not { } slower
            || await services.Tickets.DowngradeAsync(number, UserId(turn), slower, OwnerWords(turn), cancellationToken) is not { } revised)
        {
            return null;
        }

        MoveTo(turn, slower);
        var promise = Promises.For(revised, turn.Now);
        turn.State.Promise = $"工单 {revised.Number}：{promise}";
        await turn.SendAsync($"明白了，谢谢您说明。这样就不属于紧急情况，工单 {revised.Number} 已改为{IntentCode.Label(slower)}：{promise}。工作人员也已收到更正。", cancellationToken);
        return Save(dc, turn);
    }

    /// <summary>The ordinary class of the urgent request's kind, when this message rules out its urgent words and says nothing urgent.</summary>
    private static string? SlowerClassTheOwnerMeant(RequestTurn turn)
    {
        var kind = turn.State.Intent switch
        {
            IntentCode.RepairUrgent => CueKind.UrgentRepair,
            IntentCode.PublicUrgent => CueKind.UrgentPublic,
            _ => (CueKind?)null,
        };
        // "那个没有井盖" names the hazard itself: only a correction ("不是漏水", "说错了，没有漏水") takes the urgent words back.
        if (kind is not { } urgent || !TakesBack().IsMatch(turn.Turn.NormalizedText)
            || SafetyCues.Find(DialectFolding.Fold(turn.Turn.NormalizedText), out var onlyDenied) is not null || (onlyDenied & (1 << (int)urgent)) == 0)
        {
            return null;
        }

        return urgent == CueKind.UrgentRepair ? IntentCode.RepairGeneral : IntentCode.PublicGeneral;
    }

    /// <summary>
    /// Before the ticket opens, the same: "no lift at all, I'm on the 28th floor" while the broken lift is being restated
    /// makes the request the faster class, which then opens at once if that class does.
    /// </summary>
    private async Task<bool> TryRaiseBeforeOpeningAsync(RequestTurn turn, MessageReading? reading, CancellationToken cancellationToken)
    {
        if (turn.State.TicketNumber is not null || FasterClassForTheSameMatter(turn, reading) is not { } faster)
        {
            return false;
        }

        MoveTo(turn, faster);
        if (turn.Profile.OpensAtOnce)
        {
            await turn.SendAsync("明白了，谢谢您告诉我们，这个情况比较紧急，我们马上安排。", cancellationToken);
            await OpenUrgentAsync(turn, cancellationToken);
        }

        return true;
    }

    /// <summary>The request becomes <paramref name="intent"/> (faster, or slower on a correction), and this message joins its description.</summary>
    private static void MoveTo(RequestTurn turn, string intent)
    {
        var words = OwnerWords(turn);
        turn.State.Intent = intent;
        turn.State.Description = turn.State.Description.Length > 0 ? $"{turn.State.Description}；{words}" : words;
        turn.State.NormalizedDescription = $"{turn.State.NormalizedDescription}；{turn.Turn.NormalizedText}";
    }

    private static string OwnerWords(RequestTurn turn) =>
        turn.Turn.Activity.Text?.Trim() is { Length: > 0 } said ? said : turn.Turn.NormalizedText;

    /// <summary>
    /// This message alone carries an explicit cue for a faster class than the request's — of the same kind of request, or an
    /// emergency — and names no other fault than the one already described: that class, else null. A cue-less
    /// (model-only) reading never counts.
    /// </summary>
    private static string? FasterClassForTheSameMatter(RequestTurn turn, MessageReading? reading)
    {
        // "…so right now there's no lift at all. I'm on the 28th floor with a baby": the model alone reads an emergency,
        // the words say an urgent public problem — the cue's class raises a public or in-home request of that family.
        if (reading is { Cue: null, OutOfDomain: false, Intent: IntentCode.Emergency }
            && SafetyCues.Find(turn.Turn.NormalizedText) is { Kind: CueKind.UrgentPublic or CueKind.UrgentRepair } urgent)
        {
            reading = reading with { Intent = urgent.Kind == CueKind.UrgentPublic ? IntentCode.PublicUrgent : IntentCode.RepairUrgent, Cue = urgent.Text };
        }

        // "狗主人就是我们楼2201的，老是不拴绳" after an "other" complaint about a dog off its lead: the household is named —
        // the same matter becomes the neighbour complaint it now is.
        if (reading is { Cue: not null, OutOfDomain: false, Intent: IntentCode.ComplaintNeighbor } && turn.State.Intent == IntentCode.ComplaintOther
            && SameMatter.Shares(turn.Turn.NormalizedText, turn.State.NormalizedDescription))
        {
            return IntentCode.ComplaintNeighbor;
        }

        // "上周三约的刘工下午来修阳台门…打他电话也不接" after "报个修约了两次都放我鸽子": the member of staff is named — the
        // grievance about the service becomes the complaint about that staff member.
        if (turn.State.Intent == IntentCode.ComplaintOther && reading is { OutOfDomain: false } && CueContext.BlamesNamedStaff(turn.Turn.NormalizedText))
        {
            return IntentCode.ComplaintStaff;
        }

        // "上周三报修…说好周五上午来…人影都没见到" after "你们的维修师傅是不是都特别忙啊": what the staff complaint is about
        // turns out to be a visit that never came, nobody identifiable — the standard's "other" complaint.
        if (turn.State.Intent == IntentCode.ComplaintStaff && reading is { OutOfDomain: false }
            && CueContext.VisitPromisedNeverCame($"{turn.State.NormalizedDescription}；{turn.Turn.NormalizedText}"))
        {
            return IntentCode.ComplaintOther;
        }

        // "等一下，里面好像有人，我听到有人在拍门" after a lift stopped between floors: someone is shut in it — an emergency.
        if (turn.State.Intent != IntentCode.Emergency && RequestWords.AboutALift(turn.State.NormalizedDescription)
            && RequestWords.SomeoneInsideNow(turn.Turn.NormalizedText))
        {
            return IntentCode.Emergency;
        }

        if (reading is not { Cue: not null, OutOfDomain: false } || !MoreUrgent(reading.Intent, turn.State.Intent)
            || (reading.Intent != IntentCode.Emergency && RequestFollowUps.Family(reading.Intent) != RequestFollowUps.Family(turn.State.Intent)))
        {
            return null;
        }

        var text = turn.Turn.NormalizedText;
        return !CueContext.NamesAFault(text) || SameMatter.Shares(text, turn.State.NormalizedDescription) ? reading.Intent : null;
    }

    /// <summary>
    /// An emergency is more urgent than anything else; an urgent repair or public problem more than the ordinary one. A
    /// neighbour complaint is another kind of matter, not a more urgent one.
    /// </summary>
    private static bool MoreUrgent(string intent, string than) =>
        intent != than && (intent == IntentCode.Emergency
            || (intent is IntentCode.RepairUrgent or IntentCode.PublicUrgent && !IntentCode.IsTimeCritical(than)));

    [GeneratedRegex("不是|并不是|说错|搞错|弄错|看错|没说清楚|没讲清楚|不对|其实")]
    private static partial Regex TakesBack();
}
