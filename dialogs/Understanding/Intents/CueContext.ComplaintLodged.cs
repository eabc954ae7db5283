using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>A complaint lodged in so many words ("我要投诉", "我想投訴樓上…", "I want to file a formal complaint").</summary>
internal static partial class CueContext
{
    /// <summary>
    /// The writer lodges a complaint — not one asked after ("投诉的进度", "投诉结果怎么样"). Read by the classifier (a
    /// neighbour's nuisance lodged as a complaint is no emergency of the model's alone), by the one-tap "send someone now?"
    /// (a complaint in reply is filed as that complaint) and by the unanswered-question offer (a complaint instead of yes).
    /// </summary>
    public static bool LodgesAComplaint(string text) => ComplaintLodged().IsMatch(text);

    [GeneratedRegex(@"(我|我们|想|要|必须)[^。.!！?？，,]{0,4}(投诉|投訴|举报|舉報)(?!的|进度|结果|怎么样)|投诉一下|(?i:\b(file|lodge|make|submit|raise) (a )?(formal |official )?complaint\b|\bi(')?(m| am) complaining\b|\bi want to complain\b)")]
    private static partial Regex ComplaintLodged();
}
