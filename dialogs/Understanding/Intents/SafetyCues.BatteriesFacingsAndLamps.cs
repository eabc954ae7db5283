using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 51's classes: a battery, charger or socket smoking, in English ("e-bike battery in hallway smoking"), and (round
/// 72) a battery swelling and hissing, in Chinese; the fire
/// brigade called for ("快叫消防"); a piece of a building that fell with more still swinging over people below; someone
/// hurt, in English ("my daughter is hurt"); water into a ceiling lamp or switch that flickers or smells burnt — all
/// emergencies. Water shooting out that cannot be shut off is an urgent repair; a spill that leaves a lift or a lobby
/// slippery an urgent public one.
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("\\b(batter(y|ies)|charger|scooter|e-?bikes?|hoverboard|power ?bank|socket|outlet|plug|wires?|cables?|fuse ?box|extension (lead|cord))\\b[^.!?]{0,30}\\b(smoking|smouldering|smoldering|on fire|sparking|popping|hissing and smoking)\\b|\\b(batter(y|ies)|power ?bank|hoverboard)\\b[^.!?]{0,30}\\b(swelling|swollen|puff(ed|ing) up|bulging)\\b[^.!?]{0,40}\\b(crackl(e|es|ing)|hiss(es|ing)?|smok(e|es|ing)|popping|sizzl(e|es|ing))\\b|\\bsmoke alarms?\\b[^.!?]{0,20}\\b(going off|beeping|ringing|sounding)\\b[^.!?]{0,60}(?<!\\bno )\\b(smok(e|ing)|burning|fire)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex SmokingBatteryInEnglish();

    /// <summary>"电池鼓起来了还在嘶嘶响，还冒白烟": a battery swelling and hissing or smoking — about to catch fire.</summary>
    [GeneratedRegex("(电池|充电宝|电子烟|电瓶|锂电)[^。.!！?？]{0,8}(鼓起来|鼓包|鼓了|膨胀)[^。.!！?？]{0,12}(嘶嘶|冒烟|冒白烟|冒火|起火|烫得)")]
    private static partial Regex BatterySwellingAndHissing();

    [GeneratedRegex("(快|赶紧|赶快|马上|立刻|速)(帮我)?(叫|打|喊|报|通知)(一下)?(消防|火警|119|消防队|消防车)(?![^。.!！?？]{0,6}心)")]
    private static partial Regex FireBrigadeCalledFor();

    [GeneratedRegex("(掉了|掉下来|砸(在|到|了|中))[^。.!！?？]{0,30}(还有|另外|剩下|上面还)[^。.!！?？]{0,10}(在晃|晃来晃去|晃荡|摇摇欲坠|要掉|快掉|悬着|吊着|挂着)[^。.!！?？]{0,20}(下面|底下|下边|楼下)(全是|都是|好多|很多|有|站着|还有|一堆)[^，。,.!！?？]{0,6}(人|老人|小孩|孩子|学生|居民|业主)")]
    private static partial Regex MoreToComeDownOverPeople();

    [GeneratedRegex("\\b(my|our|his|her|the) (daughter|son|child|kid|kids|baby|mother|mum|mom|father|dad|wife|husband|grandma|grandpa|grandmother|grandfather|neighbou?r|helper|nanny)('s| is| got| has been| was just| just got) (badly |seriously )?(hurt|injured|bleeding|knocked out|unconscious)\\b|(?<!\\b(before|until|in case|so that|or|if) )\\bsomeone('s| is| got| has been) (badly |seriously )?(hurt|injured)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneHurtInEnglish();

    /// <summary>"水渗进吸顶灯里，灯一闪一闪的", "水从灯座里流出来了，灯还亮着在闪": water into a light or socket that is still live.</summary>
    [GeneratedRegex("(渗|滴|漏|流)(水)?(进|到|入)(了)?[^，。,.!！?？]{0,4}(吸顶灯|灯罩|灯里|灯座|灯具|灯槽|筒灯|射灯|开关盒|开关里|开关|灯)[^。.!！?？]{0,20}(闪|焦|糊|冒烟|噼啪|滋滋|火花|烧)|水[^。.!！?？]{0,16}(从|流进|流到|渗进|滴进|灌进|进了)[^。.!！?？]{0,8}(灯座|灯|吊灯|插座|开关|电箱|配电箱|插排)[^。.!！?？]{0,24}(还亮|在闪|一闪一闪|滋滋|冒火花|打火|带电|漏电)")]
    private static partial Regex WaterIntoALamp();

    [GeneratedRegex("(水柱|喷水|水喷|往外喷|喷出来|冲天|飙水|直喷|呲水|滋水)[^。.!！?？]{0,12}(关不掉|关不住|止不住|堵不住|关不了)|(关不掉|关不住|止不住|堵不住)[^。.!！?？]{0,8}(水柱|喷水|往外喷|冲天)")]
    private static partial Regex WaterShootingUnstoppable();

    [GeneratedRegex("(电梯|轿厢|楼道|大堂|门厅|楼梯|台阶|走廊|电梯厅|地库|车库)[^。.!！?？]{0,16}(洒|撒|泼|漏|流)(了)?[^，。,.!！?？]{0,6}(一地|满地)[^。.!！?？]{0,12}滑|(电梯|轿厢|楼道|大堂|门厅|楼梯|台阶|走廊|电梯厅)[^。.!！?？]{0,20}(油乎乎|油腻腻|全是油|一地油|一地汤|一地水)[^。.!！?？]{0,8}滑")]
    private static partial Regex SlipperySpillInAPublicPlace();
}
