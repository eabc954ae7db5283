using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Sla;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// What the bot promises the owner when a ticket opens, in plain words with the length and the clock time:
/// "维修师傅将在10分钟内（14:32前）到达".
/// </summary>
public static class Promises
{
    /// <summary>A person answers a hand-off or an unanswered question within 30 minutes (the service standard).</summary>
    public static readonly TimeSpan HumanReply = TimeSpan.FromMinutes(30);

    public static string For(OpenedTicket ticket, DateTimeOffset now, DateTimeOffset? appointment = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.Due is not { } due || ticket.Target is not { } target)
        {
            return "工作人员会尽快与您联系";
        }

        var within = Within(target, due, now);
        var promise = ticket.Intent switch
        {
            IntentCode.RepairGeneral when appointment is { } visit && visit > due =>
                $"维修师傅将在{ChineseTimeText.Clock(due, now)}前上门（您约的时间超过了{target.Describe()}的上限，我们按上限为您安排）",
            IntentCode.RepairGeneral when appointment is not null => $"维修师傅将按约定时间（{ChineseTimeText.Clock(due, now)}）上门",
            // A simple repair booked after its standard half day: the half day runs from the visit (TicketDesk).
            IntentCode.RepairSimple when appointment is { } visit && due > visit && due - visit <= target.Calendar =>
                $"维修师傅将按您约的时间（{ChineseTimeText.Clock(visit, now)}）上门，{ChineseTimeText.Clock(due, now)}前为您处理完毕",
            _ when appointment is { } at => Worded(IntentProfiles.For(ticket.Intent), within)
                + $"，按您约的时间（{ChineseTimeText.Clock(at, now)}）安排",
            _ => Worded(IntentProfiles.For(ticket.Intent), within),
        };
        return ticket.Provisional ? promise + "（该日期所在年份的节假日安排尚未公布，时限暂按周末计算）" : promise;
    }

    /// <summary>
    /// The standard's promise for an open ticket of this intent, due at <paramref name="due"/> — "我们将在3个工作日内（11月26日
    /// 18:00前）修复" — as the owner asking "how soon?" hears it.
    /// </summary>
    public static string Standard(string intent, DateTimeOffset due, DateTimeOffset now)
    {
        var profile = IntentProfiles.For(intent);
        return Worded(profile, SlaDuration.TryParse(profile.Target, out var target) ? Within(target, due, now) : $"{ChineseTimeText.Clock(due, now)}前");
    }

    /// <summary>The standard's promise for a request not yet registered ("工作人员将在8小时内跟进处理"), or null.</summary>
    public static string? BeforeOpening(string intent)
    {
        var profile = IntentProfiles.For(intent);
        return profile.OpensTicket && SlaDuration.TryParse(profile.Target, out var target)
            ? Worded(profile, $"{target.Describe()}内")
            : null;
    }

    /// <summary>The profile's promise with its time filled in ("工作人员将在{within}跟进处理").</summary>
    private static string Worded(IntentProfile profile, string within) => profile.Promise.Replace("{within}", within, StringComparison.Ordinal);

    private static string Within(SlaDuration target, DateTimeOffset due, DateTimeOffset now) =>
        $"{target.Describe()}内（{ChineseTimeText.Clock(due, now)}前）";
}
