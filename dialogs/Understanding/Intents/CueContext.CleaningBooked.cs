using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>Cleaning: a cleaner booked for the owner's home is a concierge errand; a shared floor the cleaners left soaking is the common parts.</summary>
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

    /// <summary>"18楼的走廊，保洁刚拖完地，整条走廊湿漉漉的全是水": water on a shared floor the cleaners left — the common parts, not a leak at home.</summary>
    public static bool CommonFloorMopped(string text) => FloorMopped().IsMatch(text) && !AtHomeIndoors().IsMatch(text);

    [GeneratedRegex("(走廊|楼道|大堂|电梯厅|电梯口|门厅|楼梯)[^。.!！?？]{0,12}(拖完地|拖了地|刚拖|拖过地|拖地)")]
    private static partial Regex FloorMopped();

    [GeneratedRegex("我家|家里|屋里|卫生间|厨房|客厅|卧室")]
    private static partial Regex AtHomeIndoors();
}
