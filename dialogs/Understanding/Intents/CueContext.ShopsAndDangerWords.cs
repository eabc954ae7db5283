using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A shop's own equipment (the restaurant's extractor fan at midnight) is the shop's nuisance, not a public repair; and
/// an emergency the model alone reads into words that carry nothing of danger at all ("我一个人在家好无聊",
/// "孩子在幼儿园被欺负了") has nobody to save.
/// </summary>
internal static partial class CueContext
{
    /// <summary>"楼下饭店的排风机…晚上十二点还在轰": equipment that belongs to a shop, not to the estate.</summary>
    public static bool ShopsOwnEquipment(string text) => ShopEquipment().IsMatch(text);

    /// <summary>
    /// True when the message holds none of the words any report of danger to a person uses (fire, smoke, gas, a fall,
    /// blood, trapped, locked, not waking, a stranger at the door, water at a socket, a child at a window, help, now, …).
    /// Deliberately broad: one such word keeps the model's reading.
    /// </summary>
    public static bool SaysNothingOfDanger(string text) => !DangerWords().IsMatch(text);

    /// <summary>"有没有办法让他自己进来", "怎么才能让访客自己进门": a way asked for — a question, not a request's progress.</summary>
    public static bool AsksForAWay(string text) => WayAsked().IsMatch(text);

    [GeneratedRegex("有没有(什么)?(办法|方法|法子)|有(什么|啥)(办法|方法|法子)|(怎么|如何)才能|怎样才能|能不能让|可不可以让|能否让")]
    private static partial Regex WayAsked();

    /// <summary>"厨房水槽油污堵了用什么疏通": how to put it right oneself — a question, nobody to send now.</summary>
    public static bool AsksHowToDoItYourself(string text) => DoItYourself().IsMatch(text);

    /// <summary>
    /// "周六早上八点楼下就开电钻了，周末不是不让动工吗": a rule thrown back as a question at something happening — a
    /// complaint, not a question about the rule.
    /// </summary>
    public static bool ThrowsARuleBack(string text) => RuleThrownBack().IsMatch(text);

    [GeneratedRegex("不是(规定)?(不让|不能|不准|不许|禁止)[^，。,.!！?？]{0,10}(吗|嘛|么)|(规定|说好|不是说)[^，。,.!！?？]{0,10}不(让|能|准|许)[^，。,.!！?？]{0,8}(吗|嘛|么)|难道[^，。,.!！?？]{0,12}(吗|嘛|么)")]
    private static partial Regex RuleThrownBack();

    /// <summary>"楼道的灯坏了快三个礼拜了", "车棚顶破了好几天了": a fault that has lasted days or weeks.</summary>
    public static bool LastedForDays(string text) => ForDays().IsMatch(text);

    [GeneratedRegex("(好几|几|[两三四五六七八九十]|[一二三四五六七八九十]{2}|半|一)(个)?(天|周|星期|礼拜|个月)(了|多了|都|还)|快(一|两|三|四|半)?(个)?(礼拜|星期|周|月)了|(一个多|半个多)?(礼拜|星期|月)都(没|不)")]
    private static partial Regex ForDays();

    /// <summary>"气出心脏病", "把人气出病来": anger, never a heart attack.</summary>
    public static bool AngerMakesIll(string text) => AngryEnoughToFallIll().IsMatch(text);

    /// <summary>
    /// "换个灯泡要多少钱", "换个灯泡你们收多少钱？先说清楚": the price of a service asked, with no fault reported — a fee
    /// question, not a repair ("灯泡坏了，换一个多少钱" reports one and stays a repair).
    /// </summary>
    public static bool AsksAPriceOnly(string text) => AsksAPrice(text) && !FaultReported().IsMatch(text) && !AsksSomeoneToCome(text) && !AsksForTheJob().IsMatch(text);

    [GeneratedRegex("坏|烧了|不紧|不亮|不灵|漏|堵|不通|不出|裂|掉了|松了|卡住|卡死|不能用|用不了|失灵|不转|不响|不动|滴水|渗|跳闸|没电|没水|broken|leak|not working|doesn't work|stopped", RegexOptions.IgnoreCase)]
    private static partial Regex FaultReported();

    [GeneratedRegex("帮我|给我|麻烦|想换|要换|过来|来换|安排")]
    private static partial Regex AsksForTheJob();

    [GeneratedRegex("用什么(东西|工具|药水|药|办法|方法)?(来)?(通|疏通|清洗|清理|去除|修|补)|自己(怎么|咋|如何)(修|通|弄|换|处理)|怎么(才能)?自己(修|通|弄|换)")]
    private static partial Regex DoItYourself();

    [GeneratedRegex("气出(心脏病|高血压|脑溢血|病来|毛病|病)|气(得|到)(我)?(心脏病|高血压|脑溢血)(都)?(要|快)?(犯|发作|出来)")]
    private static partial Regex AngryEnoughToFallIll();

    [GeneratedRegex("(饭店|餐馆|餐厅|烧烤店|奶茶店|火锅店|大排档|酒吧|KTV|ktv|商铺|店铺|店家|那家店|小店|店里|店的)(的|家的|里的|门口的|后面的|后厨的)?[^，。,.!！?？]{0,4}(排风|排烟|风机|空调外机|外机|冷柜|冷库|压缩机|音响|音箱|鼓风机|抽风机)")]
    private static partial Regex ShopEquipment();

    [GeneratedRegex("火|烟|煙|燃|爆|炸|煤气|煤氣|瓦斯|天然气|液化气|气味|臭鸡蛋|味|晕|暈|倒|摔|跌|滑|血|伤|傷|困|锁|鎖|关|關|卡|掉|坠|墜|落|淹|电(?!话|费|视|脑|影|子邮件)|電(?!話|費|視|腦|影)|漏|救|急|快|命|医|醫|120|119|110|疼|痛|呼吸|抽|昏|醒|喘|吐|烫|燙|烧|燒|冒|焦|危|险|險|撞|咬|蜇|蛰|蛇|狗|蜂|打|偷|贼|賊|撬|陌生|跟着|跟踪|尾随|不动|不動|反应|叫不|喊不|敲|动不了|起不来|起不來|站不|爬|翻|窗|阳台|陽台|栏杆|欄杆|楼顶|天台|边上|悬|懸|吊|压|壓|砸|塌|裂|刀|枪|杀|殺|死|报警|報警|警察|保安|救护|救護|抖|短路|火花|插座|插排|插板|嗆|呛|熏|闷|悶|窒息|一氧化碳|溺|水里|水裡|游泳|池|噎|吞|误食|药|藥|毒|发烧|發燒|烧|抽搐|癫痫|心脏|心臟|胸口|中风|中風|中暑|嘴歪|说不出|說不出|不清|昏迷|休克|哭|尖叫|喊|叫|扔|丢|拋|抛|不见|不見|走丢|失踪|进人|進人|拉车门|门把|踹|撞门|砸门|开门|電梯|电梯|升降|轿厢|lift|elevator|help|fire|smoke|gas|stuck|trapped|fall|fell|blood|hurt|injur|unconscious|breath|emergency|ambulance|police|urgent|smell|spark|burn|collapse|attack|bit|faint|seiz|choke|drown|lock|break|forc|lying|moving|passed out|get up|slipp|socket|hot|hurry|now|security|missing|strang|dizz|throw|vomit|heater|not answer|answer|bleed|crash|stroke|wake|有人在|走来走去|走动|跑气|往外跑|亮着|往下|飞|晃|着了|回应|没拿|没开门|没人应|不应|躺|趴|不舒服|难受|不对劲|出事", RegexOptions.IgnoreCase)]
    private static partial Regex DangerWords();

    /// <summary>"燃气灶打不着火，闻了一下也没有味道", "火苗发黄，没闻到味道": a gas appliance's fault with the smell ruled out.</summary>
    public static bool RulesOutTheSmell(string text) => SmellRuledOut().IsMatch(text);

    [GeneratedRegex("(没有|没|没闻到|闻不到|不觉得有)[^，。,.!！?？]{0,4}(味道|味儿|异味|气味|燃气味|煤气味|臭味)|no (gas )?smell|没有?(烟|冒烟)也没有?(味|异味|味道)", RegexOptions.IgnoreCase)]
    private static partial Regex SmellRuledOut();
}
