using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>When: the visit time for an in-home repair, the time of a concierge service ("尽快" is an answer too).</summary>
public sealed class WhenStep : RequestStep
{
    public const string StepName = "when";

    public override string Name => StepName;

    public override bool IsPending(RequestTurn turn) =>
        turn.Profile.AsksTime && turn.State.VisitAt is null && !turn.State.VisitAsap;

    public override string Question(RequestTurn turn)
    {
        var contact = turn.HasContact || turn.User.BoundRoom is not null ? "" : "也请留一个联系电话。";
        if (turn.State.VisitDay is { } day)
        {
            var when = Knowledge.Calendar.ChineseTimeText.Clock(Knowledge.Calendar.ChinaTime.At(day, new TimeOnly(12, 0)), turn.Now).Replace("12:00", "", StringComparison.Ordinal);
            return $"好的，{(when.Length > 0 ? when : "当天")}几点方便？例如“上午10点”“下午3点”。{contact}";
        }

        return turn.State.Intent == IntentCode.ServiceConcierge
            ? $"请问需要安排在什么时间？例如“明天早上7点”“周六上午10点”。{contact}"
            : $"请问您方便师傅什么时间上门？例如“明天下午3点”“周六上午10点”，也可以回复“尽快”。{contact}";
    }

    public override string Retry(RequestTurn turn) => "请告诉我一个以后的时间，例如“明天下午3点”，或回复“尽快”。";
}
