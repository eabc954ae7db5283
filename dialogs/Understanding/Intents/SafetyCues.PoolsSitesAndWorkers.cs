using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 92's classes, from the pool and the water features, the building sites beside the estate and the estate's own
/// workers: a cry for help with only a place after it; a chlorine or disinfectant smell that makes people cough, weep or
/// run; someone who went down or in somewhere and neither comes back up nor answers; a worker at height with no rope or
/// harness who slips or hangs on by a hand; children at the edge of a building site's deep pit; something heavy dropped
/// by a crane.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"救命啊 泳池", "救命！电梯里": a cry for help with only the place it comes from.</summary>
    [GeneratedRegex("^\\s*(" + CriesForHelp + ")(啊|呀|哇|呐|啦|!|！|\\s|~|～|。|,|，)*(在)?(游泳池|泳池|泳池边|锦鲤池|水池|池塘|喷泉|电梯里|电梯|车库|地库|地下室|楼道|楼梯间|天台|楼顶|大堂|广场|花园|会所|健身房|工地|[0-9]{1,2}栋(楼下|门口|电梯)?)(这边|这里|那边)?[!！。\\s]*$")]
    private static partial Regex CryForHelpAtAPlace();

    /// <summary>"泳池氯味呛得人眼睛都睁不开，大家都往外跑": a chemical smell that is hurting people now.</summary>
    [GeneratedRegex("(氯气|氯味|氯的味|漂白水味|消毒水味|消毒液味|药水味|化学品味)[^。.!！?？]{0,12}(呛|熏|刺)[^。!?！？]{0,20}(睁不开|咳|喘不上|喘不过|头晕|想吐|呕|流眼泪|往外跑|跑出来|跑出去)")]
    private static partial Regex ChemicalSmellHurtingPeople();

    /// <summary>"刘工十分钟前下去关阀门，到现在没上来，对讲机也不回": gone down or in and not back, and not answering.</summary>
    [GeneratedRegex("(下去|下井|进去|钻进去)[^。.!！?？]{0,12}(到现在|现在|一直|半天|还)(都|也)?(还)?(没上来|没出来|没有上来|没有出来)(?=[^。.!！?？]{0,20}(对讲机|电话|手机|喊|叫)[^。.!！?？]{0,6}(不回|不应|没人接|打不通|没反应|没回应|不接))")]
    private static partial Regex GoneDownAndNotAnswering();

    /// <summary>"站在12楼窗户外面的架子上…没绑绳子…脚底下踩空了一下": at height, no rope, slipping or hanging on.</summary>
    [GeneratedRegex("(踩空|脚下一滑|滑了一下|一只手抓着|悬在半空|吊在半空)(?<=(没有|没|不)(系|绑|拴|挂|戴)?(安全绳|安全带|绳子|绳)[^。!?！？]{0,40}(踩空|脚下一滑|滑了一下|一只手抓着|悬在半空|吊在半空))|(踩空|脚下一滑|滑了一下|一只手抓着|半个身子(探|伸|露)在(外面|窗外)|探出半个身子)(?=[^。!?！？]{0,40}(没有|没|不)(系|绑|拴|挂|戴)?(安全绳|安全带|绳子|绳))")]
    private static partial Regex AtHeightWithNoRopeSlipping();

    /// <summary>"小孩翻过围墙跑进工地基坑边上玩了": children at the edge of a deep pit.</summary>
    [GeneratedRegex("(小孩|孩子|小朋友|学生|娃)[^。.!！?？]{0,16}(基坑|深坑|大坑|沟槽|深沟)(边|旁|边上|里|里面|下面)?[^。.!！?？]{0,6}(玩|跑|爬|站|蹲|跳|趴)")]
    private static partial Regex ChildrenAtADeepPit();

    /// <summary>"工地的塔吊刚才掉了一根钢管下来，直接掉我们小区里面了": a load dropped from a crane, where people are.</summary>
    [GeneratedRegex("(塔吊|吊车|起重机|吊臂)[^。.!！?？]{0,10}(掉|落|甩|砸)(了|下)?(一)?(根|块|捆|个|堆|包)?[^。.!！?？]{0,3}(钢管|钢筋|钢板|铁管|铁板|砖|石块|水泥|木方|木板|模板|重物|东西)(?![^。.!！?？]*(监控|索赔|赔偿|理赔))(?<!(监控|索赔|赔偿|理赔)[^。.!！?？]*)")]
    private static partial Regex DroppedFromACrane();

    /// <summary>"液化气罐搬的时候阀门碰坏了，一直嘶嘶地响": a gas cylinder or pipe hissing.</summary>
    [GeneratedRegex("(液化气|液化石油气|煤气罐|气罐|气瓶|燃气罐|燃气管|煤气管)[^。.!！?？]{0,16}(嘶嘶|呲呲|咝咝|滋滋|嗤嗤)(地|的)?(响|叫|漏|冒|往外)")]
    private static partial Regex GasCylinderHissing();

    /// <summary>"CO readings climbing on our detector, 35 to 120 ppm": carbon monoxide rising, told in English.</summary>
    [GeneratedRegex(@"\b(CO|carbon monoxide)\b[^.!?]{0,30}\b(readings?|levels?|detector|alarm|meter)\b[^.!?]{0,30}\b(climbing|rising|going up|keeps going up|spiking|\d+ ?ppm)\b|\b(CO|carbon monoxide) (alarm|detector) (is )?(going off|beeping|sounding)\b")]
    private static partial Regex CarbonMonoxideRisingInEnglish();

    /// <summary>"Lost child!! 3yo boy, last seen near the lantern riddles": a lost child called out, in English.</summary>
    [GeneratedRegex(@"(?i)\blost (child|kid|boy|girl|toddler)\b")]
    private static partial Regex LostChildCalledOutInEnglish();
}
