using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>Gadgets: alarm words about a device asked about (its warranty, its repair, whether it is safe) — no one to send.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "显卡供电线烧了 厂家给不给保", "my phone charger smells like burning plastic, should I throw it away", "刷BIOS断电了 主板变砖了":
    /// a device's fault asked about, with nothing caught and nobody hurt.
    /// </summary>
    public static bool AsksAboutAGadget(string text) =>
        (Gadget().IsMatch(text) && GadgetQuestion().IsMatch(text) || InterruptedFlash().IsMatch(text)) && !SpreadsOrHurts().IsMatch(text);

    [GeneratedRegex(@"手机|笔记本|电脑|主板|显卡|供电线|电源线|数据线|充电器|充电头|充电宝|板子|电路板|单片机|烙铁|焊|打印机|喷头|无人机|硬盘|固态|耳机|平板|相机|\b(phone|laptop|charger|drone|board|pcb|gpu|battery|solder(ing)?|printer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Gadget();

    [GeneratedRegex(@"保修|保不保|给不给保|厂家|售后|还能用吗|还能不能用|能修吗|怎么修|修得好|哪里短路|是不是|要不要换|值不值|还有得修|变砖|评委|比赛|\b(warranty|throw it away|rice|silica|toxic|should i|is it safe|still use)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GadgetQuestion();

    [GeneratedRegex("(刷(?!(墙|漆|油漆|涂料|地板|柜子|到一半))|烧录|升级|更新|打印)[^，。,.!！?？ ]{0,8}(断电|停电|没电)|(BIOS|固件)", RegexOptions.IgnoreCase)]
    private static partial Regex InterruptedFlash();

    [GeneratedRegex(@"着火|火苗|明火|烧起来|床|被子|沙发|窗帘|烧到|插座|插排|排插|插线板|拖线板|墙里|电闸|烫伤|烧伤|浓烟|满屋|孩子|小孩|老人|\b(fire|flames?|spreading|burnt? (my|his|her))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpreadsOrHurts();
}
