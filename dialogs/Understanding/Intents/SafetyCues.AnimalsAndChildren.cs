using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Animals and children: a bite or a sting now, a dog attacking someone, a seizure, a child on a window sill; and a
/// snake or a wasps' nest in the common parts, which needs someone there at once but endangers nobody yet.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"我被蛇咬了", "宝宝被马蜂蜇了", "保安被狗咬了，血止不住": bitten or stung now.</summary>
    [GeneratedRegex("被[^，。,.!！?？]{0,4}(蛇|毒蛇|狗|野狗|流浪狗|疯狗|比特|藏獒|马蜂|胡蜂|黄蜂|蜜蜂|蜂|猫)[^，。,.!！?？]{0,2}(咬|蜇|蛰|叮|抓)(了|伤|到|住)(?![^。.!！?？]{0,10}(不严重|没大碍|没什么事))")]
    private static partial Regex BittenOrStung();

    /// <summary>"比特犬在咬人", "一个阿姨被野狗围住了，狗在扑她", "金毛把快递小哥扑倒了，还在咬": a dog attacking someone.</summary>
    [GeneratedRegex("(狗|犬|野狗|流浪狗|比特|藏獒|金毛|哈士奇|狼狗)[^，。,.!！?？不没别]{0,6}(在|正在|还在|一直)?(咬人|扑人|咬他|咬她|咬孩子|咬小孩|咬老人)|(狗|犬)[^。.!！?？]{0,12}(扑倒|围住|围着)[^。.!！?？]{0,10}(人|阿姨|老人|孩子|小孩|快递|大爷|她|他)|(围住|扑倒)(了)?[^，。,.!！?？]{0,8}(狗在扑|狗在咬|还在咬)|(扑倒|咬住)(了)?[^。.!！?？]{0,6}(还在咬|一直咬|拉不住|拉不开)")]
    private static partial Regex DogAttacking();

    /// <summary>"打球突然倒地抽搐", "口吐白沫": a seizure.</summary>
    [GeneratedRegex("抽搐|口吐白沫|癫痫(发作|犯了)|羊癫疯(发作|犯了)")]
    private static partial Regex Seizure();

    /// <summary>"孩子趴在窗台上，窗户开着": a child at an open window or over a railing.</summary>
    [GeneratedRegex("(孩子|小孩|儿子|女儿|宝宝|孙子|孙女|小朋友)[^，。,.!！?？]{0,6}(趴在|站在|爬上|爬到|坐在|挂在)[^，。,.!！?？]{0,4}(窗台|窗户|窗沿|飘窗外|栏杆|阳台栏杆|护栏)|(孩子|小孩|儿子|女儿|宝宝|孙子|孙女|小朋友)[^，。,.!！?？]{0,3}在(窗外|窗户外面|阳台外|栏杆外)(面)?(挂着|吊着|悬着|站着|爬)")]
    private static partial Regex ChildAtAWindow();

    /// <summary>"B1车库有蛇", "雨棚下面有个马蜂窝", "柱子上聚了一大团蜜蜂": a snake or wasps where people pass.</summary>
    [GeneratedRegex("(有|一条|条|看到|发现|钻进去一条|爬进)(条)?([^，。,.!！?？有]{0,4}的)?(蛇|毒蛇|眼镜蛇|竹叶青)(?!皮|年|形|精|果)|(马蜂|黄蜂|胡蜂|野蜂|蜂)[^，。,.!！?？]{0,8}(筑|做|搭)(了)?(个|一个|一大个)?窝|(马蜂窝|蜂窝|胡蜂窝|黄蜂窝|蜂巢|黄蜂竇|蜂竇|一大团蜜蜂|一团蜜蜂|(?<!野生|收|养|招)蜂群(?!分蜂|分家|飞逃|越冬|管理|养殖))")]
    private static partial Regex SnakeOrWasps();
}
