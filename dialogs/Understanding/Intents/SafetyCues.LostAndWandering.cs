using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// People who cannot look after themselves, lost or in harm's way now: a person with dementia gone missing or walking in
/// traffic, a small child missing, a child's hand caught in a door, someone drunk swaying at a roof edge.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>
    /// "我爸有阿尔茨海默，半小时前说出门…到现在没回来", "有个阿婆在后门外的大马路上走来走去，车很多", "一个老太太穿着拖鞋从南门
    /// 走出去了，往大马路那边走，看着迷迷糊糊的", "醉汉又躺马路中间了，车都在按喇叭绕着走": someone with dementia missing, an
    /// old person wandering among traffic or a confused one walking out towards the road, anyone lying in the road.
    /// </summary>
    [GeneratedRegex("(?<=(阿尔茨海默|老年痴呆|老年癡呆|失智|认知障碍|糊涂了)[^。.!！?？]{0,40})(到现在(还)?|现在(还)?|还)?(没回来|找不到|不见了|走丢|走失|联系不上)|(阿婆|阿公|老人|老太太|老大爷|老爷爷|老奶奶|大爷|婆婆)[^。.!！?？]{0,16}(马路|大路|路中间|车道)[^。.!！?？]{0,6}(走来走去|转来转去|乱走|站着|坐着)[^。.!！?？]{0,10}(车很多|车多|车来车往|好多车)|(老太太|老人|老大爷|老爷子|老奶奶|阿婆|老头|老伯)[^。.!！?？]{0,16}(走出去|走出了|出了(大)?门|往(大)?马路|上了马路)(?=[^。.!！?？]{0,24}(迷迷糊糊|糊里糊涂|糊涂了|不认识路|认不得路|老年痴呆|失智|光着脚|光脚))|(人|醉汉|老人|老太太|老大爷|男的|女的|小孩|孩子)[^，。,.!！?？]{0,8}(躺|倒|睡|坐)(在)?(马路|路)(中间|当中|正中|上)(了)?(?=[^。.!！?？]{0,16}(车|喇叭|绕))")]
    private static partial Regex VulnerablePersonAstray();

    /// <summary>
    /// "北门这里有个老爷子一直在转…他有老年痴呆的": someone with dementia wandering at a gate or by a road, whichever is said
    /// first.
    /// </summary>
    [GeneratedRegex("(?<=(门|马路|路上|路边|小区里|广场|花园|车库)[^。.!！?？]{0,30})(一直在转|转来转去|走来走去|到处乱走|乱走|徘徊)(?=[^。.!！?？]{0,50}(老年痴呆|老年癡呆|失智|阿尔茨海默|认知障碍))|(?<=(老年痴呆|老年癡呆|失智|阿尔茨海默|认知障碍)[^。.!！?？]{0,30})在(北|南|东|西)?(门|大门|门口|马路|路上|路边|小区里)[^。.!！?？]{0,6}(一直在转|转来转去|走来走去|乱走|徘徊)")]
    private static partial Regex DementiaWanderingOutside();

    /// <summary>"my son is missing at the playground, 6 yrs old", "孩子在游乐场不见了": a small child missing now.</summary>
    [GeneratedRegex("(?<!找到了|回来了)(孩子|小孩|儿子|女儿|宝宝|孙子|孙女|小朋友)[^。.!！?？]{0,12}(不见了|找不到了|走丢了|走失了)(?![^。.!！?？]{0,8}(找到了|回来了|没事了))")]
    private static partial Regex SmallChildMissing();

    [GeneratedRegex(@"\b(my|our) (son|daughter|kid|child|boy|girl|toddler|grandson|granddaughter)\b[^.!?]{0,20}\b(is|are|went|has gone) missing\b|\b(can'?t|cannot) find (my|our) (son|daughter|kid|child|boy|girl|toddler)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChildMissingInEnglish();

    /// <summary>"小孩手被门夹住了！": a child's hand or foot caught in a door now.</summary>
    [GeneratedRegex("(小孩|孩子|宝宝|小朋友|儿子|女儿)[^，。,.!！?？]{0,4}(手|脚|手指|小手)[^，。,.!！?？]{0,2}被[^，。,.!！?？]{0,4}门(缝)?(夹住|夹到|夹着|卡住)")]
    private static partial Regex ChildsHandInADoor();

    /// <summary>"有个醉汉在1栋顶楼天台边上走来走去，摇摇晃晃的": someone unsteady at a roof's edge.</summary>
    [GeneratedRegex("(天台|楼顶|屋顶|顶楼)(的)?(边上|边缘|边)[^。.!！?？]{0,10}(走来走去|摇摇晃晃|晃来晃去|站着|坐着)")]
    private static partial Regex UnsteadyAtARoofEdge();
}
