using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 102: gas named in what someone once said ("以前房东说煤气泄漏要先开窗") and then a smell here that grows now
/// ("我现在开了窗，但是厨房里那股味还是越来越重"); and a hazard on a shared path or step that has just nearly felled someone
/// ("主路有一滩油…刚才一个骑车的差点摔了", "台阶有一级整块塌下去了…刚有个老人踩空了"). Round 103: a gas joint that bubbles
/// under soapy water ("燃气管接头用肥皂水一抹就冒泡泡"), and a gas pipe blamed for a room full of its smell ("肯定是煤气管接口松了，
/// 整个厨房都是味").
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(?<=(煤气|燃气|天然气|液化气|瓦斯|煤氣|燃氣|天然氣)(?!费|費|公司|表|卡|灶具)[^。.!！?？]{0,60})(那股|这股|那个|这个|那種|这种|那种)?(味|味道|气味|臭味|氣味)(儿)?(还是|仍然|一直|越来越|越來越|更加|更)[^，。,.!！?？]{0,3}(重|浓|濃|大|冲|沖|明显|刺鼻)")]
    private static partial Regex GasSmellGrowingNow();

    [GeneratedRegex("(?<=(路|道|台阶|臺階|楼梯|樓梯|坡道|大堂|门口|門口|地面|地上|走廊|楼道|樓道|车库|地库|广场|路面)[^。.!！?？]{0,16})(一滩|一大滩|一摊|一大摊|洒了一地|撒了一地|漏了一地|结了冰|结冰了|塌(下去|下来)?了|塌了一块|松动了|翘起来了|缺了一块|特别滑|非常滑|好滑|很滑)[^。.!！?？]{0,30}(差点|差一点|险些|踩空了)")]
    private static partial Regex HazardThatNearlyFelledSomeone();

    [GeneratedRegex("(燃气|煤气|天然气|液化气|燃氣|煤氣)[^。.!！?？]{0,10}(肥皂水|洗洁精水|洗洁精|泡泡水|肥皂)[^。.!！?？]{0,10}(冒泡|起泡|鼓泡|出泡)|(肥皂水|洗洁精水|洗洁精|泡泡水|肥皂)[^。.!！?？]{0,10}(燃气|煤气|天然气|液化气|燃氣|煤氣)[^。.!！?？]{0,10}(冒泡|起泡|鼓泡|出泡)")]
    private static partial Regex GasJointBubbles();

    [GeneratedRegex("(?<=(燃气|煤气|天然气|液化气|燃氣|煤氣)(管|管道|阀|阀门|表|接口|接头|灶|軟管|软管)[^。.!！?？]{0,16})(整个|满|一)(厨房|屋子|屋|家|房间|楼道)(里)?(都是|全是)(味|气味|这个味|那个味|那股味)")]
    private static partial Regex GasFittingAndARoomFullOfIt();
}
