using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 63's classes: someone climbing outside on a canopy or a ledge and about to fall, a head struck and the person
/// not responding now, rain coming in now through a cracked skylight or a window that will not shut, and overhead glass
/// cracked or sagging over an entrance. Round 64's: a throat swollen shut by an allergy, a ceiling panel hanging over
/// where people sit, and the estate's own equipment loud in the small hours (service-standard.md: public equipment
/// noise at quiet hours is public.urgent).
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"有个醉汉在爬二楼外面的雨棚，摇摇晃晃随时要掉下来": someone outside on a canopy or a ledge, about to fall.</summary>
    [GeneratedRegex("(醉汉|喝醉的|酒鬼|老人|老太太|老大爷|大爷|阿婆|小孩|孩子|小朋友|有人|一个人|男的|女的|男孩|女孩)[^。.!！?？]{0,6}(爬|站在|蹲在|挂在|吊在|趴在)[^。.!！?？]{0,14}(雨棚|雨篷|遮阳棚|空调外机|空调架|外墙|窗台|防盗网|广告牌|屋檐)[^。.!！?？]{0,16}(要掉|快掉|会掉|掉下来|摇摇晃晃|晃来晃去|站不稳|抓不住|要摔|快摔)")]
    private static partial Regex ClimbingOutsideAboutToFall();

    /// <summary>"秋千把小女孩甩出去了，后脑着地，现在不说话": a head struck, and the person not responding now.</summary>
    [GeneratedRegex("(后脑勺|后脑|脑袋|头部|头)(先)?(着地|磕到|磕在|撞到|撞在|砸到|摔在)[^。.!！?？]{0,16}(不说话|不出声|没反应|没有反应|叫不醒|叫不应|不动了|昏过去|晕过去|昏迷|眼睛闭着)")]
    private static partial Regex HeadStruckAndUnresponsive();

    /// <summary>"天窗玻璃裂了雨水顺着往下滴，已经滴到床上了": rain coming in onto the bed or the floor, now.</summary>
    [GeneratedRegex("(雨水|雨)[^。.!！?？]{0,12}(滴到|漏到|灌进|流进|打进|淋到|渗到)(了)?(床|屋|家|房间|客厅|卧室|地板|柜)")]
    private static partial Regex RainComingInNow();

    /// <summary>"窗門關唔埋，落緊大雨，入晒水" (folded: 关不埋): a window that will not shut while it rains now, and the water in (not "一下雨就飘进来").</summary>
    [GeneratedRegex("(关不埋|闩不埋|关不上|关不严|合不上)[^。.!！?？]{0,12}(落紧|正在下|在下|下着|外面下)(大)?雨[^。.!！?？]{0,8}(入晒水|入咗水|进水了|灌进来了|打进来了|全进来了)")]
    private static partial Regex RainThroughAWindowThatWillNotShut();

    /// <summary>"大堂天花的采光玻璃往下沉了", "大堂门口那个玻璃雨棚裂了": overhead glass cracked or sagging where people pass.</summary>
    [GeneratedRegex("(?<!说|反映|报了|报过)(采光玻璃|玻璃顶|玻璃雨棚|玻璃棚|顶棚玻璃|玻璃天窗|雨棚(的|上的)?(那块)?(大)?玻璃|天花(板)?(的|上的)?玻璃)[^。.!！?？]{0,10}(往下沉|下沉|松了|松动|裂开|裂了|有裂|碎了|脱开|掉了一角|翘起)")]
    private static partial Regex OverheadGlassCracked();

    /// <summary>"吃了海鲜过敏 嗓子肿了说不出话", "花生过敏…喉咙好紧", "吃了坚果脸肿…咳着说不出话": an allergy closing the throat, speech or breath going.</summary>
    [GeneratedRegex("(嗓子|喉咙|喉头|舌头|嘴唇)(都)?(肿|肿了|肿起来)[^。.!！?？]{0,8}(说不出话|喘不上气|喘不过气|呼吸困难|喘气困难|透不过气|出不了声)|过敏[^。.!！?？]{0,12}(喘不上气|喘不过气|呼吸困难|透不过气)|喉头水肿|(过敏|吃错东西|坚果|花生|青霉素|海鲜)[^。]{0,30}(喉咙|嗓子)(好|很|有点|越来越)?(紧|发紧)|(过敏|坚果|花生|青霉素|海鲜|虾|蟹)[^。]{0,30}(脸|嘴|嘴唇|眼皮)(都)?肿[^。]{0,20}(咳|喘|说不出话|呼吸)|过敏[^。]{0,20}(浑身发抖|呼吸(好|很)?(急|快))|(呼吸|喘|呼哧)[^。.!！?？]{0,20}(嗓子|喉咙)(好像|感觉|有点|都)?肿|(嗓子|喉咙)(好像|感觉|有点|都)?肿[^。.!！?？]{0,20}(呼吸|喘不|呼哧)")]
    private static partial Regex AllergyClosingTheThroat();

    /// <summary>"阅览室天花板有块板子松了吊着，下面就是看书的桌子": a ceiling panel hanging over where people are.</summary>
    [GeneratedRegex("(天花板|天花|吊顶)[^。.!！?？]{0,8}(板子|板|扣板|面板|灯)[^。.!！?？]{0,4}(松了|掉了一半|吊着|垂下来|快掉|要掉)(?=[^。.!！?？]{0,16}(下面|底下|下方))")]
    private static partial Regex CeilingPanelHangingOverPeople();

    /// <summary>"快递柜半夜一直在放语音", "电动伸缩门卡着咔咔响，半夜吵死": the estate's equipment loud in the small hours.</summary>
    [GeneratedRegex("(快递柜|伸缩门|电动门|道闸|水泵|泵房|(?<![新暖])风机|变压器|配电房|广播|喇叭)[^。.!！?？]{0,20}(半夜|凌晨|深夜|十二点多|一点多|两点多)(?=[^。.!！?？]{0,30}(响|吵|放|叫|嗡|咔|轰|听得到|听得见))|(半夜|凌晨|深夜)[^。.!！?？]{0,12}(快递柜|伸缩门|电动门|道闸|水泵|(?<![新暖])风机|变压器|广播|喇叭)(?=[^。.!！?？]{0,20}(响|吵|放|叫|嗡|咔|轰|听得到|听得见))")]
    private static partial Regex EquipmentLoudInTheSmallHours();
}
