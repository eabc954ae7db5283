using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>A what-if about a danger at the writer's own home ("If a rocket hits our window and the curtains catch fire…").</summary>
internal static partial class CueContext
{
    /// <summary>
    /// A supposition about the writer's own home or building, with a danger named in it: a question for the handbook's safety
    /// advice, however far from the estate the model reads it — never small talk.
    /// </summary>
    public static bool AsksWhatIfAtHome(string text) =>
        IsHypotheticalQuestion(text) && WritersHome().IsMatch(text) && (SafetyCues.NamesADanger(text) || CatchesFire().IsMatch(text));

    [GeneratedRegex("我家|我们家|咱家|家里|屋里|阳台|窗户|窗帘|楼道|小区|\\b(our|my) (home|flat|apartment|window|windows|balcony|curtains|kitchen|building|corridor)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex WritersHome();

    [GeneratedRegex("\\b(catch|catches|caught|catching) fire\\b", RegexOptions.IgnoreCase)]
    private static partial Regex CatchesFire();
}
