using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// The explicit cue lexicon of the safety layer: words that demand a fast class whatever the statistical model
/// says. Matching runs on normalised (Simplified) text. A cue counts only when it is not negated or hypothetical
/// in its own clause (没有着火, 不是漏水, 差点摔倒, 如果着火怎么办) and not reported as resolved (停电已经恢复了).
/// </summary>
internal static partial class SafetyCues
{
    private static readonly (Regex Pattern, CueKind Kind)[] Lexicon =
    [
        (Fire(), CueKind.Emergency),
        (Gas(), CueKind.Emergency),
        (TrappedInLift(), CueKind.Emergency),
        (Injury(), CueKind.Emergency),
        (Collapse(), CueKind.Emergency),
        (Intruder(), CueKind.Emergency),
        (WaterComingIn(), CueKind.UrgentRepair),
        (PowerCut(), CueKind.UrgentRepair),
        (WaterCut(), CueKind.UrgentRepair),
        (BlockedToilet(), CueKind.UrgentRepair),
        (PublicHazard(), CueKind.UrgentPublic),
        (PublicEquipmentNoise(), CueKind.UrgentPublic),
        (AllLiftsDown(), CueKind.UrgentPublic),
        (NeighbourNuisance(), CueKind.Neighbor),
    ];

    /// <summary>The fastest non-negated cue in <paramref name="text"/>, if any.</summary>
    public static SafetyCue? Find(string text)
    {
        SafetyCue? best = null;
        foreach (var (pattern, kind) in Lexicon)
        {
            if (best is { } b && b.Kind <= kind)
            {
                continue;
            }

            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                if (!IsNegated(text, m.Index) && !IsResolved(text, m.Index + m.Length))
                {
                    best = new SafetyCue(kind, m.Value, m.Index);
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>True when the clause before the cue negates it or makes it hypothetical.</summary>
    internal static bool IsNegated(string text, int index)
    {
        var start = ClauseStart(text, index);
        var prefix = text.AsSpan(start, index - start);
        if (prefix.EndsWith("是不是", StringComparison.Ordinal) || prefix.EndsWith("是否", StringComparison.Ordinal)
            || prefix.EndsWith("有没有", StringComparison.Ordinal))
        {
            return false;
        }

        var window = prefix.Length > 6 ? prefix[^6..] : prefix;
        return prefix.EndsWith('不') || NegationOrHypothesis().IsMatch(window);
    }

    private static bool IsResolved(string text, int end)
    {
        var stop = end;
        while (stop < text.Length && stop - end < 10 && !IsClauseBreak(text[stop]))
        {
            stop++;
        }

        return Resolved().IsMatch(text.AsSpan(end, stop - end));
    }

    private static int ClauseStart(string text, int index)
    {
        var i = index;
        while (i > 0 && !IsClauseBreak(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool IsClauseBreak(char c) =>
        char.IsWhiteSpace(c) || c is ',' or '.' or '!' or '?' or ';' or '，' or '。' or '！' or '？' or '；' or '~' or '～' or '…';

    [GeneratedRegex("没有|没|不是|并非|并没|不要|不会|不用|差点|差一点|险些|以为|如果|假如|要是|万一|防止|以防|预防|避免|担心|会不会")]
    private static partial Regex NegationOrHypothesis();

    [GeneratedRegex("^(了)?(已经|已)?(修好|好了|解决|处理好|处理完|恢复|没事|停了|不漏了|灭了|排除)")]
    private static partial Regex Resolved();

    [GeneratedRegex("着火|著火|起火|失火|火灾|火警|火情|火势|烧起来|烧了起来|烧着|点着|引燃|着起来|冒烟|冒黑烟|浓烟|黑烟|烟雾弥漫|(全是|好多|很多|满屋|满楼道)(的)?烟(?![头蒂灰盒])|烟(很|好|太|特别)(大|浓)|火(很|好|太|特别)大|火苗|明火|火光|燃起来|自燃|冒火|爆燃|爆炸|fire|smoke", RegexOptions.IgnoreCase)]
    private static partial Regex Fire();

    [GeneratedRegex("(煤气|燃气|天然气|液化气|媒气|然气)(的)?(味|泄|漏)|臭鸡蛋味|(燃气|煤气|天然气)(管|表|罐|阀|灶).{0,4}(漏|嘶嘶)|gas (leak|smell)", RegexOptions.IgnoreCase)]
    private static partial Regex Gas();

    [GeneratedRegex("电梯困人|困电梯|(困|关|卡|锁)在(了)?(电梯|轿厢)|(被困|困住|困在)(?=.{0,10}(电梯|轿厢|里面|lift|elevator))|(电梯|轿厢|lift|elevator).{0,16}(里面有人|有人在里面|人在里面|[我们他她孩子老人婆爷奶妈爸]+(还)?在里面|出不来|出不去|被关|关在里面|困|stuck|trapped)|(stuck|trapped) in", RegexOptions.IgnoreCase)]
    private static partial Regex TrappedInLift();

    [GeneratedRegex("晕倒|昏倒|昏迷|晕过去|昏过去|不省人事|叫不醒|(叫|喊|拍)(他|她)?(都)?没(有)?反应|没有呼吸|没呼吸|呼吸困难|抽搐|心脏病|中风|骨折|骨头断|摔伤|受伤|流血|出血|大出血|吐血|血流不止|血流|头破|割伤|划伤|撞伤|烫伤|烧伤|砸伤|砸到人|砸到了人|砸中|触电|溺水|咬伤|中毒|休克|没意识|没知觉|动不了|不能动了|噎住|跳楼|轻生|摔倒.{0,3}(起不来|爬不起来)|救命|打了?1[12]0|injur|bleed|faint|unconscious|collaps|passed out|not breathing|heart attack|stroke", RegexOptions.IgnoreCase)]
    private static partial Regex Injury();

    [GeneratedRegex("坍塌|倒塌|塌了|塌下来|塌方")]
    private static partial Regex Collapse();

    [GeneratedRegex("撬门|撬锁|撬窗|撬开|撬我|在撬|入室|盗窃|抢劫|持刀|拿刀|砍人|闯进|进小偷|有小偷|小偷在|正在偷|在偷东西|翻窗|爬窗|break[- ]?in|burglar", RegexOptions.IgnoreCase)]
    private static partial Regex Intruder();

    [GeneratedRegex("(?<!(空调|冷凝|内机|外机|雨棚|窗户|车顶).{0,4})(漏水|露水)|爆管|(水管|管子|管道|接头|进水管).{0,3}(爆|裂|脱了|脱落|喷)|喷水|水浸|水淹|被淹|淹了|泡水|全泡了|全是水|都是水|一地水|一地的水|一大滩水|水漫|溢水|冒水|反水|返水|倒灌|往下流水|哗哗(地|的)?(流|往下|漏|喷)|往下淌|water leak|leaking|flood", RegexOptions.IgnoreCase)]
    private static partial Regex WaterComingIn();

    [GeneratedRegex("停电|断电|跳闸|跳匝|停点|(家里|家|全屋|整栋|整个|单元|屋里|房子|突然)(都)?没(有)?电|power (cut|out|outage)|blackout", RegexOptions.IgnoreCase)]
    private static partial Regex PowerCut();

    [GeneratedRegex("停水|断水|(家里|家|全屋|整栋|整个|单元|龙头|突然|一滴)(都)?(没|没有|不出|不来)水|no water", RegexOptions.IgnoreCase)]
    private static partial Regex WaterCut();

    [GeneratedRegex("(马桶|马通|坐便|厕所|蹲坑|蹲便|toilet).{0,4}(堵|赌|冲不下|不下水|溢|漫|冒水|反水)", RegexOptions.IgnoreCase)]
    private static partial Regex BlockedToilet();

    [GeneratedRegex("井盖|没(有)?盖子的井|(污水|粪水|脏水|黑水).{0,4}(冒|溢|流|漫|涌)|(化粪池|污水井|下水井|排污).{0,4}(冒|溢|满|爆|堵)|积水|(车库|地库|大堂|电梯厅|楼道).{0,4}(进水|淹)|(天台|楼顶|屋面|露台).{0,8}(排水|落水|雨水).{0,4}(堵|不通)|排水沟.{0,3}堵|雨水.{0,4}(倒灌|灌进)|manhole", RegexOptions.IgnoreCase)]
    private static partial Regex PublicHazard();

    [GeneratedRegex("(水泵|泵房|变压器|配电房|配电室|电梯机房|风机|排风|冷却塔|发电机|换热站|transformer|pump).{0,16}(响|吵|噪|嗡|轰|震|noise|noisy)|(噪音|吵|响|noise).{0,8}(水泵|泵房|变压器|配电房|电梯机房|风机)", RegexOptions.IgnoreCase)]
    private static partial Regex PublicEquipmentNoise();

    [GeneratedRegex("(两台|两部|所有|全部|几台|全)电梯.{0,3}(都|全)?.{0,2}(坏|停|不动|不能|用不了)|电梯.{0,4}(都|全|全部).{0,3}(坏|停|不动|不能用|不能坐|用不了)", RegexOptions.IgnoreCase)]
    private static partial Regex AllLiftsDown();

    [GeneratedRegex("(楼上|隔壁|对门|对面那家|对面那户|邻居|上面那家|楼下(那家|那户|邻居|的人|住户|的狗|的小孩)).{0,12}(装修|电钻|打钻|钻墙|砸墙|敲墙|切瓷砖|吵|噪音|唱歌|唱k|麻将|蹦|跳绳|摔门|狗|猫|音响|低音炮|音乐|派对|party|油漆味|甲醛)", RegexOptions.IgnoreCase)]
    private static partial Regex NeighbourNuisance();
}
