using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 32's classes, from weather, shops and the shared spaces: someone who cannot get out as water rises (a
/// bedridden parent in a flooded ground floor, a person still in a car in a flooding garage); a fall and no getting up,
/// told with a pause ("滑倒了，起不来"); a loose dog chasing people now; a gate at a pool or a road that will not close
/// with children about; a ceiling panel hanging half down in a shared room; a gate barrier or an automatic door that
/// will not stop beeping (rest disturbed now).
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(水|积水|洪水)[^。.!！?？]{0,12}(到膝盖|到腰|齐腰|齐膝|没过膝盖|淹到|涨得(好|很|太|特别)?快|越涨越|到车门|漫进|灌进)(?=[^。.!！?？]{0,40}(车里[^，。,.!！?？]{0,4}(坐着人|有人|人没出来)|人(还)?(在|困在)车里|瘫痪|卧床|瘫在床|下不了床|行动不便))|(车里[^，。,.!！?？]{0,4}(坐着人|有人|人没出来)|人(还)?(在|困在)车里|瘫痪|卧床|瘫在床|下不了床)(?=[^。.!！?？]{0,40}(水[^，。,.!！?？]{0,8}(到膝盖|到腰|齐腰|淹到|涨得|越涨越|到车门)|被淹|淹了))")]
    private static partial Regex TrappedByRisingWater();

    [GeneratedRegex("(?<!差点|差一点|险些|没有|没|怕|担心|容易)(滑倒|摔倒|跌倒|绊倒|摔了一跤|跌了一跤|摔了|跌了)(了)?[，,、\\s]{1,2}[^。.!！?？]{0,12}?(起不来|站不起来|爬不起来|动不了|不能动|(半天|一直|好久)(都)?没(爬)?起来)")]
    private static partial Regex FallThenNoGettingUp();

    [GeneratedRegex("(狗|犬|比特|藏獒|狼狗|流浪狗)[^。.!！?？]{0,12}(在追|正在追|正追|追咬|扑向|冲向)[^。.!！?？]{0,6}(人|小孩|孩子|老人|小朋友|路人|行人|她|他|我)(?![^。.!！?？]{0,6}玩)")]
    private static partial Regex DogChasingPeople();

    [GeneratedRegex("(护栏|围栏|栏杆|栅栏|泳池(的)?门|池边(的)?门|闸门)(门)?[^。.!！?？]{0,8}(坏了|关不上|锁不上|合不上|断了|倒了|缺了)[^。.!！?？]{0,20}(小孩|孩子|小朋友|儿童)[^。.!！?？]{0,12}(池边|水里|车道|马路|跑出去|掉下去|掉进|走到|钻出去|进去)")]
    private static partial Regex OpenGateBesideChildren();

    [GeneratedRegex("(健身房|大堂|门厅|电梯厅|走廊|楼道|会所|车库|地库|泳池|更衣室|架空层|活动室|儿童乐园)[^。.!！?？]{0,10}(吊顶板|吊顶|天花板|天花|扣板|灯罩|灯具|风口|石膏板)[^。.!！?？]{0,8}(一半挂着|挂在半空|吊在半空|掉了一半|悬着|要掉|快掉|耷拉)")]
    private static partial Regex CeilingHangingInASharedRoom();

    [GeneratedRegex("(?<!我家|家里|屋里|我家的)(道闸|闸机|栏杆机|自动门|大门门禁|单元门禁|电子门)[^。.!！?？]{0,8}(一直|不停|老是|整晚|整夜|响了)[^。.!！?？]{0,6}(滴滴|嘀嘀|哔哔|响|叫|报警)")]
    private static partial Regex PublicGateBeeping();
}
