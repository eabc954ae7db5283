using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// "我10月份报修过墙渗水…现在又开始起皮发霉了，之前那个单子还能查到吗": a problem that came back, told with a question about
/// the old report. When no report of the owner's is on record here, the problem itself is the request: it is registered
/// again rather than answered with "no tickets".
/// </summary>
public static partial class ReportThatCameBack
{
    /// <summary>What the owner hears before the problem is registered again.</summary>
    public const string NotOnRecord = "抱歉，这里查不到您之前的那张工单（可能是电话或线下登记的）。问题又出现了，我现在为您重新登记，尽快安排处理。";

    /// <summary>The message without its clauses about the old report, when it tells of a problem that came back; otherwise null.</summary>
    public static string? Problem(string normalized)
    {
        if (string.IsNullOrEmpty(normalized) || !CueContext.HappensAgain(normalized))
        {
            return null;
        }

        var kept = Clauses().Split(normalized).Where(c => c.Length > 0 && !AboutTheOldReport().IsMatch(c));
        var problem = string.Join('，', kept);
        return problem.Length >= MinimumProblem ? problem : null;
    }

    private const int MinimumProblem = 4;

    [GeneratedRegex("[，。,.!！?？；;]+")]
    private static partial Regex Clauses();

    [GeneratedRegex("单子|工单|单号|记录|查(得|不)?到|进度|(之前|上次|那次)(报|登记)的|还在不在|处理到哪|第[二三四五两几]+(回|次)(报|说|反映)|报了(好几|几|两|三|四)(次|回)|(上回|上次|之前)(说|讲|答应)|效率|呵呵|服了")]
    private static partial Regex AboutTheOldReport();
}
