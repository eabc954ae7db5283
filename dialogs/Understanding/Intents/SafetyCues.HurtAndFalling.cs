using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger told plainly but missed by the model as the corpus changed (round 28's retraining): bleeding that goes on, an
/// old person down who does not answer when called, wall tiles coming down over people, a gas smell "好重" (and its
/// homophone 煤气位), a smoke alarm sounding in an empty flat; in English a fall and no getting up, and "help fire".
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(?<!(献血|抽血|验血|月经|例假|大姨妈|经期|牙龈|痔疮).*)(?!.*(献血|抽血|验血|月经|例假|大姨妈|经期|牙龈|痔疮))(一直(在)?(出血|流血)|(出血|流血)(一直)?(止不住|停不下来|不止|不停)|血(流|止)不住)")]
    private static partial Regex BleedingGoesOn();

    [GeneratedRegex("(跌|摔|倒|晕)(?=[^，。,.!！?？]{0,10}[，, ]?[^。.!！?？]{0,10}叫(他|她|佢|人|了)?(都|也|半天)?(不应|没反应|没有反应|没回应|不回应|不答应|不醒))")]
    private static partial Regex DownAndNotAnswering();

    [GeneratedRegex("(外墙砖|墙砖|瓷砖|马赛克|玻璃|墙皮|石块|砖块|砖)(在|还在|一直在|正在)?(掉|往下掉|脱落|掉下来)[^。.!！?？]{0,12}(下面|底下|楼下|下边)[^。.!！?？]{0,10}(人|快递柜|小孩|孩子|路|门口|通道|走)")]
    private static partial Regex TilesComingDownOverPeople();

    [GeneratedRegex("(一股|有股)(?=(煤气|没气|燃气)(的)?(味|味道))|(煤气|燃气|石油气|天然气)(味|位|未|嘅味|的味道?)?(好|很|超|太|非常|特别|勁|劲|巨)(重|浓|冲|大|臭)")]
    private static partial Regex GasSmellStrong();

    [GeneratedRegex("(烟感|烟雾报警器|火灾报警器|烟感报警器)[^，。,.!！?？]{0,6}(报警|响|叫|在响|一直响)(?=[^。.!！?？]{0,12}(没人在家|家里没人|家里没有人|屋里没人|人不在家|我不在家))")]
    private static partial Regex SmokeAlarmInAnEmptyFlat();

    [GeneratedRegex("\\b(fell|fallen|slipped|collapsed)\\b(?=[^.!?]{0,50}\\b(can'?t|cannot|unable to|won'?t) (get up|stand( up)?|move|breathe)\\b)|^\\W*(help\\W+)?(fire|smoke|gas leak)(\\W+help)?\\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex FallAndNoGettingUpInEnglish();
}
