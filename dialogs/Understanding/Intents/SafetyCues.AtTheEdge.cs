using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// "天台边上坐着一个人 看着不太对劲", "楼顶边上站着个小伙子 一直往下看": someone sitting or standing at the edge of a roof, a
/// terrace or a window ledge is a person who may fall or jump now. And a smell in the kitchen nobody can name that
/// grows stronger ("厨房有股味，说不上来是什么…反而越来越重"): a gas leak until someone has looked.
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(天台|楼顶|屋顶|顶楼|楼顶平台|窗台|阳台栏杆|栏杆)(的)?(边上|边缘|边沿|外沿|外面|外边|边)[^，。,.!！?？]{0,4}(坐着|站着|蹲着|趴着|坐了|站了|爬上去了)(一个|个|一位)?[^，。,.!！?？]{0,3}(人|小伙子|年轻人|女孩|男孩|女的|男的|女生|男生|老人|小孩|孩子)|(坐|站|蹲)在(天台|楼顶|屋顶|顶楼)(的)?(边上|边缘|边沿|外沿|栏杆外)")]
    private static partial Regex SomeoneAtTheEdge();

    /// <summary>"對面樓頂有人！站在邊上晃來晃去": someone seen on a roof, then said to stand at its edge.</summary>
    [GeneratedRegex("(天台|楼顶|屋顶|顶楼)(上)?(有|站着|坐着)(个|一个|一位)?(人|男的|女的|小孩|孩子|小伙子|年轻人|老人)[^。]{0,4}(站|坐|蹲|趴|爬)(在|到)(了)?(最)?(边上|边缘|边沿|外沿|栏杆外|护栏外|女儿墙上)")]
    private static partial Regex SomeoneOnARoofThenAtItsEdge();

    [GeneratedRegex("(厨房|灶台|灶|燃气|煤气|屋里|家里)[^。！？!?]{0,12}(一股|有股|有个|有种|有点)[^。！？!?]{0,4}(味|气味|怪味)(?=[^。！？!?]{0,40}(说不上来|不知道(是)?什么|闻不出)[^。！？!?]{0,40}(越来越(重|浓|冲|大)|反而(更|越)(重|浓|冲)))")]
    private static partial Regex UnnamedSmellGrowingStronger();
}
