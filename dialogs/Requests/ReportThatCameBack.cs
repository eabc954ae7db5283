using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// "我10月份报修过墙渗水…现在又开始起皮发霉了，之前那个单子还能查到吗": a problem that came back, told with a question about
/// the old report. When no report of the owner's is on record here, the problem itself is the request: it is registered
/// again rather than answered with "no tickets". So is one reported before and still wrong ("上个礼拜就在这里报过了…灯不亮到现在
/// 还是黑的").
/// </summary>
public static partial class ReportThatCameBack
{
    /// <summary>What the owner hears before the problem is registered again.</summary>
    public const string NotOnRecord = "抱歉，这里查不到您之前的那张工单（可能是电话或线下登记的），让您久等了。我现在为您重新登记，尽快安排处理。";

    /// <summary>"我都报过两次了…到现在还是坏的": the owner says it was reported before and is still wrong.</summary>
    public static bool ReportedBeforeAndStillWrong(string normalized) =>
        !string.IsNullOrEmpty(normalized) && ReportedBefore().IsMatch(normalized) && StillWrong().IsMatch(normalized);

    /// <summary>The message without its clauses about the old report, when it tells of a problem that came back; otherwise null.</summary>
    public static string? Problem(string normalized)
    {
        if (string.IsNullOrEmpty(normalized) || !(CueContext.HappensAgain(normalized) || ReportedBeforeAndStillWrong(normalized)))
        {
            return null;
        }

        var kept = Clauses().Split(StillNow().Replace(ReportedBefore().Replace(normalized, ""), "")).Where(c => c.Length > 0 && !AboutTheOldReport().IsMatch(c));
        var problem = string.Join('，', kept);
        return problem.Length >= MinimumProblem ? problem : null;
    }

    private const int MinimumProblem = 4;

    [GeneratedRegex("[，。,.!！?？；;]+")]
    private static partial Regex Clauses();

    /// <summary>"上个礼拜就在这里报过了", "上周保过一次": the words that say it was reported before (the report, not the problem).</summary>
    [GeneratedRegex("(?:上个?(?:礼拜|星期|周|月)|上上个?(?:礼拜|星期|周|月)|前几天|前两天|之前|上次|昨天|早就)?(?:也|就|已经|都)?(?:在这里|在这儿|在群里|打电话)?(?:报修|报|保|反映|投诉|说)过(?:了|一次|两次|好几次|几次|三次|[一二两三几]回)?")]
    private static partial Regex ReportedBefore();

    /// <summary>"到现在还是黑的", "还没修好": the problem is still there.</summary>
    [GeneratedRegex("到现在(?:还|都|也)|现在还是|(?:还是|依然|仍然|仍旧)(?:黑|坏|不亮|不通|漏|滴|堵|没|不行|老样子|这样)|还没(?:修|好|弄|人|来)|一直没(?:修|人|好)")]
    private static partial Regex StillWrong();

    /// <summary>"到现在还是", "一直到现在": how long it has lasted, which reads as asking after a report — not the problem.</summary>
    [GeneratedRegex("一直到现在|到现在(?:还是|还|都|也)?|现在还是")]
    private static partial Regex StillNow();

    [GeneratedRegex("单子|工单|单号|记录|查(得|不)?到|进度|(之前|上次|那次)(报|登记)的|还在不在|处理到哪|第[二三四五两几]+(回|次)(报|说|反映)|报了(好几|几|两|三|四)(次|回)|(上回|上次|之前)(说|讲|答应)|效率|呵呵|服了")]
    private static partial Regex AboutTheOldReport();
}
