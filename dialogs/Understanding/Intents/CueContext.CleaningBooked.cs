using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>A cleaner booked for the owner's own home: a concierge errand, not a repair of what is to be cleaned.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "想约个家里的深度保洁，厨房油烟机、卫生间、窗户都要弄一下": housekeeping booked — the range hood and the windows are
    /// what is to be cleaned, not faults; the standard's concierge books 家政保洁.
    /// </summary>
    public static bool BooksACleaner(string text) => CleanerBooked().IsMatch(text) && !Broken().IsMatch(text);

    [GeneratedRegex("(约|预约|想约|订|预订|请|找|安排|叫)[^，。,.!！?？]{0,6}(深度保洁|保洁|家政|钟点工|开荒|大扫除|擦窗|擦玻璃|清洗油烟机|清洗空调)|(深度保洁|家政保洁|开荒保洁)")]
    private static partial Regex CleanerBooked();

    [GeneratedRegex("坏了|不转|不亮|漏水|渗水|堵了|裂|不能用|用不了|没反应|修")]
    private static partial Regex Broken();
}
