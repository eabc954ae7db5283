using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A problem the owner reports as already put right ("我自己换了个新的，现在不漏了", "师傅修好了"), with nothing still
/// going on and nobody asked to come: a report of the past, never a reason to open a ticket.
/// </summary>
internal static partial class CueContext
{
    /// <summary>What a message reporting a problem as put right still asks for, or <see cref="PutRightAsk.NotPutRight"/>.</summary>
    public static PutRightAsk ReadPutRight(string text)
    {
        var found = PutRight().Match(text);
        if (!found.Success || Makeshift().IsMatch(text.AsSpan(Math.Max(0, found.Index - 4), Math.Min(4, found.Index))))
        {
            return PutRightAsk.NotPutRight;
        }

        var rest = text[(found.Index + found.Length)..];
        if (StillGoing().IsMatch(rest) || CallForHelp().IsMatch(text.Replace('!', ' ').Replace('！', ' ')) || AsksForAVisit().IsMatch(text) || StillWrong(rest))
        {
            return PutRightAsk.NotPutRight;
        }

        if (AsksAPrice(rest))
        {
            return PutRightAsk.Price;
        }

        return QuestionWord().IsMatch(rest) || AnnouncesAQuestion().IsMatch(text) ? PutRightAsk.Question : PutRightAsk.Nothing;
    }

    /// <summary>True when a clause after the repair still names a fault that is not a supposition (以后要是再坏了).</summary>
    private static bool StillWrong(string rest)
    {
        foreach (var clause in rest.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!PutRight().IsMatch(clause) && !StoppedNow().IsMatch(clause) && (Fault().IsMatch(clause) || MoreFaults().IsMatch(clause)) && !Supposition().IsMatch(clause))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "水箱一直在进水，停不下来", "冲水阀关不严一直流": a cistern that keeps running into the bowl wastes water but floods
    /// nothing — a part to replace (repair.simple by the standard), not water coming in.
    /// </summary>
    public static bool CisternRunsIntoTheBowl(string text) => RunningCistern().IsMatch(text) && !Overflowing().IsMatch(text) && !HoseBroken().IsMatch(text);

    /// <summary>"进水软管碰断了，水一直流": a hose broken off is no cistern running into the bowl.</summary>
    [GeneratedRegex("(软管|进水管|水管|角阀)[^，。,.!！?？]{0,3}(断|脱落|脱|爆|裂)")]
    private static partial Regex HoseBroken();

    [GeneratedRegex("(水箱|冲水阀|进水阀|浮球|马桶)[^。.!！?？]{0,12}(一直|老是|总是|不停|停不下来|关不严|关不住|止不住)[^。.!！?？]{0,8}(流|进水|放水|响|嘶嘶|哗哗|滴)|(水箱|冲水阀|进水阀|马桶)[^。.!！?？]{0,12}(流水|进水|放水)[^。.!！?？]{0,12}(停不下来|停不了|不停)")]
    private static partial Regex RunningCistern();

    [GeneratedRegex("溢|漫|一地|地上|地面|流到|流出来|淹|外面|往外")]
    private static partial Regex Overflowing();

    private static readonly char[] ClauseBreaks = [',', '.', '!', '?', ';', '，', '。', '！', '？', '；', '~', '～', '…', ' ', '\n'];

    [GeneratedRegex("(?<!没|没有|还没|未|不|没能)((已经|现在|目前|都|已)(好了|正常了|能用了|没事了|修好了|换好了)|(?<=(换|修|弄|拧|通|装|处理|推上去)[^。.!！?？]{0,30})(已经|现在|目前|都|已)(不漏了|不滴了|不漏水了|不滴水了|不堵了|通了|亮了)|换好了|换上了|装好了|装上了|弄好了|搞定了|修好了|通好了|疏通了|拧紧了|(自己|我自己)[^，。,.!！?？]{0,12}(修|换|弄|搞|通|装|拧|处理)(好|上|定|完)了)(?![吗么没?？])|\\b(fixed it (myself|already)|it'?s (fixed|working) now|sorted it( out)?)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex PutRight();

    [GeneratedRegex("不(漏|滴|堵|响|冒|跳)(水)?了|(通|亮)了")]
    private static partial Regex StoppedNow();

    [GeneratedRegex("暂时|临时|先|凑合|勉强|将就")]
    private static partial Regex Makeshift();

    [GeneratedRegex("(?<!不用|不需要|无需|不必|别|用不着)(派(个)?(人|师傅)|(麻烦|请|能不能|可不可以|可以|帮忙|帮我)[^，。,.!！?？]{0,6}(过来|来一下|来看|上门看|上门检查|检查一下|看一下|看看|来修|修一下|来换|换一下))|(come|send someone)", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForAVisit();

    /// <summary>"麻烦派人来修一下", "能不能过来看看": the owner asks for someone to come.</summary>
    public static bool AsksSomeoneToCome(string text) => AsksForAVisit().IsMatch(text);

    [GeneratedRegex("爆|渗|冒|跳闸|不行|没用|不对|有问题|又")]
    private static partial Regex MoreFaults();

    [GeneratedRegex("要是|如果|假如|万一|以后|下次|再(坏|漏|堵|出)|的话|会不会")]
    private static partial Regex Supposition();

    /// <summary>"要收钱吗", "收多少", "how much": the owner asks what something costs.</summary>
    public static bool AsksAPrice(string text) =>
        PriceWords().IsMatch(text) || (HasLatin(text) && AsksAPriceInEnglish().IsMatch(text));

    [GeneratedRegex("多少钱|收费|收多少|费用|价格|价钱|报价|怎么收|要钱吗|收钱|几多钱|几钱|收不收|免费吗|贵不贵")]
    private static partial Regex PriceWords();

    [GeneratedRegex("\\bhow much\\b|\\bcost\\b|\\bcharge\\b|\\bfee\\b|\\bprice\\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAPriceInEnglish();

    /// <summary>
    /// "一辆一辆登记也太麻烦了吧[捂脸] 那外面的车停进来怎么收费的": a sigh, then "那…" and a price asked — the question is
    /// what the owner wants answered.
    /// </summary>
    public static bool SighsThenAsksAPrice(string text) => SighThenPrice().IsMatch(text);

    [GeneratedRegex("(吧|了|啊|呀|啦|\\]|…|。|！|!|，|,|\\s)\\s*那(么|要|这样)?[^，。,.!！?？]{0,16}(多少钱|怎么收费|收多少|怎么收|怎么算|要钱吗|收费吗|收不收费)[的吗呢啊呀]*[？?]*\\s*$")]
    private static partial Regex SighThenPrice();

    [GeneratedRegex("想问|问一下|问下|请问|咨询|想了解")]
    private static partial Regex AnnouncesAQuestion();
}
