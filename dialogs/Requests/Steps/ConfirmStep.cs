using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Calendar;

namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>
/// The restatement (复述要点) before a ticket opens: every slot gathered, then "以上信息对吗？". 对/是的/嗯/好 open it;
/// a correction in any words changes the slot and restates again; "不对" alone asks what to change.
/// </summary>
public sealed class ConfirmStep : RequestStep
{
    public const string StepName = "confirm";

    public override string Name => StepName;

    public override bool IsPending(RequestTurn turn) => turn.State.TicketNumber is null;

    public override string Question(RequestTurn turn)
    {
        var s = turn.State;
        var lines = new List<string>
        {
            $"{turn.User.Address}，跟您确认一下：",
            $"事项：{IntentCode.Label(s.Intent)}",
        };
        if (s.Place.IsKnown)
        {
            lines.Add($"{(s.Intent == IntentCode.ComplaintNeighbor ? "被投诉的住户/位置" : "地点")}：{s.Place.Describe()}");
        }

        lines.Add($"情况：{Describe(s)}");
        if (turn.Appointment is { } visit)
        {
            lines.Add($"{(s.Intent == IntentCode.ServiceConcierge ? "时间" : "上门时间")}：{ChineseTimeText.Clock(visit, turn.Now)}");
        }
        else if (s.VisitAsap)
        {
            lines.Add("上门时间：尽快");
        }

        if ((s.Contact ?? turn.User.ContactPhone) is { } phone)
        {
            lines.Add($"联系电话：{Mask(phone)}");
        }
        else if (ContactStep.Invited(turn))
        {
            lines.Add("联系电话：未留（方便的话发给我，处理结果好及时告诉您）");
        }

        lines.Add("以上信息对吗？对的话我马上为您登记；需要改哪一项，直接告诉我就行。");
        return string.Join("\n", lines);
    }

    public override string Retry(RequestTurn turn) => "请回复“对”为您登记，或直接告诉我需要修改的地方，例如“时间改成后天上午10点”。";

    public override IReadOnlyList<string> Choices(RequestTurn turn) => ["对", "需要修改"];

    /// <summary>The owner's words and what they added, as the ticket keeps them.</summary>
    public static string Describe(RequestState state)
    {
        var first = state.Description.Length > 0 ? state.Description : IntentCode.Label(state.Intent);
        return state.Notes.Count == 0 ? first : $"{first}；{string.Join("；", state.Notes)}";
    }

    private static string Mask(string phone) => phone.Length >= 11 ? $"{phone[..3]}****{phone[^4..]}" : phone;
}
