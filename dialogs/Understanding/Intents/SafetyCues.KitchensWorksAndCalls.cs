using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 43's classes, from how the estate is run, bathrooms and kitchens, and people who work from home: a load hanging
/// from a crane over people; water running inside a light fitting; a scald or a burn blistering now; lift doors shut on a
/// person; a pit dug and left open; a leak dripping faster and faster; a power cut told in English ("no power"); and,
/// from the regressions the round's retraining showed, a worker fallen from a scaffold or a height.
/// </summary>
internal static partial class SafetyCues
{
    [GeneratedRegex("(吊车|塔吊|吊臂|吊机)[^。.!！?？]{0,24}(吊着|吊在半空|悬在半空|歪着|晃|摇)[^。.!！?？]{0,20}(下面|底下)(就是|有|站着|全是|都是|还有)?[^，。,.!！?？]{0,6}(人|老人|小孩|孩子|行人|路人|小朋友)|(吊装的|吊着的|从窗外吊|往下吊|吊下来|吊上去)[^。.!！?？]{0,20}(下面|底下)(就|正)?(是|有)[^。.!！?？]{0,8}(有人走|人来人往|(小孩|孩子|小朋友)(都|正)?在玩|儿童游乐区|游乐场|人行道)")]
    private static partial Regex LoadHangingOverPeople();

    [GeneratedRegex("(吊灯|灯座|灯罩|筒灯|灯具|灯泡|灯孔|灯)(里|里面|里头)(一直在|不停地|还在|在|一直|不停)?(流水|滴水|淌水|进水|出水|往下滴水|往下流水|灌下来|往下灌|哗哗流)(?![^。.!！?？]{0,30}(电闸|断电|拉闸|关了电|关掉电|总闸))")]
    private static partial Regex WaterInsideALight();

    [GeneratedRegex("(烫到|烫伤|烫着|烧伤|烫得|烫了)[^。.!！?？]{0,12}(起泡|水泡|脱皮|掉皮|一大片|通红|皮都红|红了一片)|(打翻|泼到|洒到|溅到|泼了|洒了)[^。.!！?？]{0,8}(热油|开水|滚水|热汤|油锅)[^。.!！?？]{0,10}(烫|伤)")]
    private static partial Regex ScaldBlisteringNow();

    [GeneratedRegex("(电梯|梯|轿厢)门(把)?(夹住|夹着|卡住)(了)?(人|[^，。,.!！?？]{0,4}(手|脚|腿|胳膊|孩子|小孩|老人|小朋友))")]
    private static partial Regex LiftDoorsShutOnSomeone();

    [GeneratedRegex("(挖|刨)了?(个|一个|一条|条)?(大|深)?(坑|沟|洞)[^。.!！?？]{0,16}(没(有)?(围|盖|拦|挡|设|放)|也不围|不围起来)")]
    private static partial Regex PitLeftOpen();

    [GeneratedRegex("(滴|漏|渗|流)(水)?[^。.!！?？]{0,4}越(滴|漏|渗|流|来)越(快|多|大|厉害|急)")]
    private static partial Regex LeakGettingFaster();

    [GeneratedRegex("从[^，。,.!！?？]{0,10}(脚手架|吊篮|楼顶|屋顶|房顶|梯子|人字梯|高处|外墙|窗台)(上)?(跌|摔|掉|坠|滚|栽)(了)?(下来|下去|落)")]
    private static partial Regex FellFromAHeight();

    [GeneratedRegex(@"\bno (power|electricity)\b|\bpower (is |has )?(gone )?(out|cut|off|down)\b|(?<!\b(if|when|whenever|in case|what happens)\b[^.!?]{0,30})\bpower (just |suddenly |has just )?(went|keeps going|cut) (out|off)\b|\bpower (outage|cut)\b|\bblackout\b|\b(circuit )?breakers? (keeps |kept |just |has |have )?(tripp?ing|trips|tripped|trip)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PowerCutInEnglish();
}
