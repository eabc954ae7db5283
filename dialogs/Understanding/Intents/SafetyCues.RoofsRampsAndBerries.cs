using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 62's classes: the signs of a stroke seen now (speech slurred, the mouth drooping), someone up on a roof parapet
/// or outside a rail, a cut cable on wet ground beside people, a child who swallowed berries or a chemical and is
/// vomiting, a wheelchair run away down a slope or tipped over.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"旁边的大伯突然说话说不清了，嘴也歪了", "突然讲唔到嘢，半边身冇力": a stroke's signs, now.</summary>
    [GeneratedRegex("(突然|忽然|一下子)[^。.!！?？]{0,8}(说话(都)?说不清|说不出话|口齿不清|嘴(也)?歪|嘴角(也)?歪|口眼歪斜|半边(身子|脸|手)(麻|动不了|没知觉|没劲)|讲不到嘢|讲不出嘢|讲不出声|讲嘢不清|讲嘢含糊|半边身(子)?(没力|无力|郁不到|没知觉))|嘴(也)?歪了|口眼歪斜")]
    private static partial Regex StrokeSignsNow();

    /// <summary>"老太太爬到天台女儿墙上去够她的花盆", "几个初中生坐在女儿墙边上晃腿": someone up on a parapet or outside a rail.</summary>
    [GeneratedRegex("(老人|老太太|老大爷|大爷|阿婆|小孩|孩子|小朋友|有人|个人|男的|女的|男孩|女孩)[^。.!！?？]{0,8}(爬到|爬上|站在|坐在|骑在|翻到|翻过)[^。.!！?？]{0,6}(女儿墙|护栏外|栏杆外|窗台外|窗外|天台边|楼顶边|屋顶边|阳台外)|(人|学生|初中生|高中生|小孩|孩子|男孩|女孩|小伙子|年轻人|几个)[^。.!！?？]{0,10}(坐|站|蹲|爬|趴|骑)(在|上|到)?(了)?[^，。,.!！?？]{0,4}(女儿墙|天台边|楼顶边|屋顶边|护栏外|栏杆外|栏杆上|护栏上|围栏上)")]
    private static partial Regex UpOnTheParapet();

    /// <summary>"割草机把电线割断了，线头就在湿草地上，旁边小孩在玩": a cut cable on wet ground beside people.</summary>
    [GeneratedRegex("(电线|电缆|线)(被)?(割断|切断|砍断|轧断|挖断)(了)?(?=[^。.!！?？]{0,30}(湿|水|雨)[^。.!！?？]{0,16}(小孩|孩子|小朋友|人|狗))")]
    private static partial Regex CutCableOnWetGround();

    /// <summary>"孩子吃了花坛里的红果子，肚子痛一直吐", "娃儿把花坛边的果果吃了，嘴巴都麻了": something swallowed, and sick now.</summary>
    [GeneratedRegex("(孩子|小孩|宝宝|儿子|女儿|小朋友|娃|老人|我妈|我爸)[^。.!！?？]{0,6}(吃了|误食了?|吞了|喝了|舔了)[^。.!！?？]{0,12}(果子|果果|果实|浆果|野果|蘑菇|叶子|药片|药粒|农药|消毒液|洗衣液|洗衣凝珠|干燥剂|纽扣电池|电池|老鼠药|杀虫剂|除草剂|花肥|化肥|药水|药液|鱼药|洗洁精|清洁剂|漂白水|漂白剂|洁厕灵|酒精|机油|汽油|樟脑丸)(?=[^。.!！?？]{0,16}(吐|呕|肚子痛|肚子疼|抽|晕|昏|口吐|嘴唇发紫|喘|脸(也|都)?(白|青|发白|发青)|嘴(巴)?(都|也)?麻|说不清))|(孩子|小孩|宝宝|儿子|女儿|小朋友|娃|老人|我妈|我爸)[^。.!！?？]{0,6}把[^。.!！?？]{0,10}(果子|果果|果实|浆果|野果|蘑菇|叶子|药片|药粒|农药|消毒液|洗衣液|洗衣凝珠|干燥剂|纽扣电池|电池|老鼠药|杀虫剂|除草剂|花肥|化肥|药水|药液|鱼药|洗洁精|清洁剂|漂白水|漂白剂|洁厕灵|酒精|机油|汽油|樟脑丸)(吃|喝|吞|舔)(了|掉了|下去了)(?=[^。.!！?？]{0,16}(吐|呕|肚子痛|肚子疼|抽|晕|昏|口吐|嘴唇发紫|喘|脸(也|都)?(白|青|发白|发青)|嘴(巴)?(都|也)?麻|说不清))")]
    private static partial Regex SwallowedAndSick();

    /// <summary>"电动轮椅刹车失灵直接冲下去了，人还在上面", "轮椅冲下坡了！": a wheelchair run away or tipped over.</summary>
    [GeneratedRegex("(轮椅|电动轮椅|代步车|老年代步车|婴儿车)[^。.!！?？]{0,12}(冲下|滑下|溜下)(坡|去|来)|(轮椅|电动轮椅|代步车)[^。.!！?？]{0,6}(翻倒|翻了|侧翻|翻过来)")]
    private static partial Regex WheelchairRunAway();
}
