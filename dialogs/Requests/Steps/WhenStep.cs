using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>When: the visit time for an in-home repair, the time of a concierge service ("尽快" is an answer too).</summary>
public sealed partial class WhenStep : RequestStep
{
    public const string StepName = "when";

    public override string Name => StepName;

    public override bool IsPending(RequestTurn turn) =>
        turn.Profile.AsksTime && turn.State.VisitAt is null && !turn.State.VisitAsap && !WaitsForACallBack(turn.State.NormalizedDescription)
        && !(turn.State.Intent == IntentCode.ServiceConcierge && ErrandForNow(turn.State.NormalizedDescription));

    /// <summary>
    /// "外卖小哥把我的外卖送错门了 能不能让礼宾帮我去拿一下 我在家带娃走不开": an errand about something here now — it is
    /// done now, there is no time to ask for.
    /// </summary>
    public static bool ErrandForNow(string description) => ForNow().IsMatch(description ?? "");

    [GeneratedRegex("(外卖|快递|包裹|餐|东西|货)[^。.!！?？]{0,10}(送错|放错|拿错|送到别人|放到别人|错门|送到了|到了)|走不开|(现在|马上|这会儿)[^，。,.!！?？]{0,6}(去|过去)?(帮我)?(拿|取|收|签收)(一下|回来|上来)?")]
    private static partial Regex ForNow();

    /// <summary>
    /// "我想租一个车位，有位置了打我电话": the owner asks to be called when it is arranged, and nobody comes at a time —
    /// there is no time to ask for.
    /// </summary>
    public static bool WaitsForACallBack(string description) =>
        CallBackWhenArranged().IsMatch(description ?? "") && !VisitWords().IsMatch(description ?? "");

    [GeneratedRegex("(有位置|有车位|有空位|有空的|办好|弄好|排到|轮到|批下来)(了)?[^。.!！?？]{0,4}(就|再)?(打|给|call)(我)?(个)?(电话)?|(打我电话|给我回(个)?电话|回个电话给我|电话(通知|联系)我|call me (back|when))", RegexOptions.IgnoreCase)]
    private static partial Regex CallBackWhenArranged();

    [GeneratedRegex("上门|来家|到家|过来|来我家|接|送|打扫|保洁|搬|修|换|清洗|pick ?up|clean", RegexOptions.IgnoreCase)]
    private static partial Regex VisitWords();

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

    /// <summary>
    /// "对", "行，那就这样，麻烦师傅过来吧", "没了，谢谢" to "什么时间上门？…也可以回复‘尽快’": the owner names no time of their
    /// own and leaves it to us — as soon as possible, which the restatement then shows. A concierge service needs its
    /// time, and a no is no answer.
    /// </summary>
    public override Task<bool> TakeAnswerAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        var leavesItToUs = turn.Slots.Act is DialogAct.Affirm or DialogAct.Thanks or DialogAct.Done
            || ComeWhenYouCan().IsMatch(turn.Turn.NormalizedText);
        if (!IsPending(turn) || !leavesItToUs || turn.Slots.Act is DialogAct.Deny or DialogAct.Cancel || turn.Slots.IsQuestion)
        {
            return Task.FromResult(false);
        }

        if (turn.State.Intent == IntentCode.ServiceConcierge)
        {
            // "Yes correct, thanks" once the day is said ("快递后天到，先放服务中心就行"): that day from its start, as "后天都可以"
            // reads — shown in the restatement, where the owner can still name an hour. Without a day it needs its time.
            if (turn.State.VisitDay is not { } day || Knowledge.Calendar.ChinaTime.At(day, DayStart) is var start && start <= turn.Now)
            {
                return Task.FromResult(false);
            }

            turn.State.VisitAt = start;
            return Task.FromResult(true);
        }

        turn.State.VisitAsap = true;
        return Task.FromResult(true);
    }

    private static readonly TimeOnly DayStart = new(9, 0);

    [GeneratedRegex("(过来|来|上门|派人|派个人|派师傅|安排)吧|(过来|来)(一趟|看看|看一下)|你们(安排|定|看着办)|听你们的|看你们(方便|安排)|(send|come)[^.!?]{0,20}(over|round|whenever)|whenever", RegexOptions.IgnoreCase)]
    private static partial Regex ComeWhenYouCan();
}
