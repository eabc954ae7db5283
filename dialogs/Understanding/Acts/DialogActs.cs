using System.Text;
using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Acts;

/// <summary>
/// Reads the conversational act of a (normalised, Simplified) message with a small lexicon: a message made only of
/// act phrases and particles (对的, 好的谢谢, 算了不用了, 没有了谢谢) is a pure act and carries no request; a message
/// that opens with a correction marker or says "X不是Y" is a correction whose remainder holds the new value.
/// Rules rather than the statistical model: the set is small and closed, and a dialog must never read "对" as a
/// complaint. Thread-safe.
/// </summary>
public static partial class DialogActs
{
    // Phrase → act. Longest match wins while covering the message; order inside one act does not matter.
    private static readonly Dictionary<string, DialogAct> Phrases = BuildPhrases();
    private static readonly int LongestPhrase = Phrases.Keys.Max(p => p.Length);
    private static readonly Dictionary<string, DialogAct>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup = Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A reply made only of acts is short; longer messages (and clauses) are not searched for a covering.</summary>
    private const int LongestReply = 24;

    /// <summary>Precedence when one reply holds several acts: the act that changes the dialog most wins.</summary>
    private static readonly DialogAct[] Precedence =
        [DialogAct.Cancel, DialogAct.Correction, DialogAct.Done, DialogAct.Deny, DialogAct.Thanks, DialogAct.Affirm];

    public static DialogActReading Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        if (folded.Length == 0)
        {
            return DialogActReading.None;
        }

        if (folded.Length <= LongestReply && Cover(folded) is { } acts)
        {
            return new DialogActReading(Strongest(acts), true, string.Empty);
        }

        if (SlipAtEnd().Match(text) is { Success: true } slip)
        {
            return new DialogActReading(DialogAct.Correction, false, text[..slip.Index].Trim(' ', '，', ',', '。'));
        }

        if (CorrectionMarker().Match(text) is { Success: true } marker)
        {
            var remainder = text[(marker.Index + marker.Length)..].Trim(' ', '，', ',', '。', '.', '!', '！', '、');
            return new DialogActReading(DialogAct.Correction, false, remainder.Length > 0 ? remainder : text);
        }

        if (Replacement().Match(text) is { Success: true } replacement)
        {
            return new DialogActReading(DialogAct.Correction, false, replacement.Groups["new"].Value);
        }

        if (CancelPrefix().Match(folded) is { Success: true } || CancelRequest().IsMatch(folded))
        {
            return new DialogActReading(DialogAct.Cancel, false, string.Empty);
        }

        // "嗯，是3栋1202", "不是我家", "水自己停了 不用来了": an act in one clause, content in another.
        // Clauses are walked without splitting the message (most are long and hold no act; this runs on every message).
        HashSet<DialogAct>? clauseActs = null;
        HashSet<DialogAct>? firstClauseActs = null;
        var clauses = 0;
        var firstIsByTheWay = false;
        foreach (var range in ClauseBreak().EnumerateSplits(text))
        {
            var clause = text.AsSpan(range);
            clauses++;
            if (clause.Length > LongestReply || clause.IsEmpty)
            {
                continue;
            }

            var foldedClause = Fold(clause);
            if (clauses == 1)
            {
                firstIsByTheWay = ByTheWay.Contains(foldedClause);
                firstClauseActs = Cover(foldedClause);
            }
            else if (Cover(foldedClause) is { } found)
            {
                (clauseActs ??= []).UnionWith(found);
            }
        }

        // "对了，停车费多少来着": "oh, right —" opening a message of several clauses opens a new point; it agrees to nothing.
        if (firstClauseActs is not null && !(firstIsByTheWay && clauses > 1))
        {
            (clauseActs ??= []).UnionWith(firstClauseActs);
        }

        if (clauseActs is { Count: > 0 })
        {
            return new DialogActReading(Strongest(clauseActs), false, string.Empty);
        }

        // "对就是这个意思你们内部查一下": voice input with no punctuation opens with the yes.
        return LeadingDeny().IsMatch(folded) ? new DialogActReading(DialogAct.Deny, false, string.Empty)
            : LeadingAffirm().IsMatch(folded) ? new DialogActReading(DialogAct.Affirm, false, string.Empty)
            : DialogActReading.None;
    }

    /// <summary>
    /// "OK got it。那搬家时间有限制吗": what follows a first clause that only acknowledges (yes, OK, thanks), or null when
    /// the message does not open so or nothing of substance follows.
    /// </summary>
    public static string? AfterAcknowledgement(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ShortFirstClause(text) is not var (opening, rest))
        {
            return null;
        }

        var first = Fold(opening);
        return first.Length > 0 && rest.Length >= MinimumAfterAcknowledgement && Cover(first) is { } acts && acts.All(a => a is DialogAct.Affirm or DialogAct.Thanks)
            ? rest
            : null;
    }

    /// <summary>A message's first clause, when it is short enough to be a reply of its own, and the rest after it (trimmed).</summary>
    private static (string First, string After)? ShortFirstClause(string text)
    {
        var breakAt = ClauseBreak().Match(text);
        return !breakAt.Success || breakAt.Index == 0 || breakAt.Index > LongestReply
            ? null
            : (text[..breakAt.Index], text[(breakAt.Index + breakAt.Length)..].Trim());
    }

    private const int MinimumAfterAcknowledgement = 4;

    /// <summary>
    /// "不用派人来哈，就想问下要是下次再堵，叫师傅上门通一次多少钱": a dispatch declined first, then a question — the question,
    /// else null.
    /// </summary>
    public static string? AfterDeclining(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ShortFirstClause(text) is var (first, rest) && Declines().IsMatch(first)
            && rest.Length >= MinimumAfterAcknowledgement && AsksSomething().IsMatch(rest) ? rest : null;
    }

    [GeneratedRegex("^(不用|不需要|不必|先不用|暂时不用|暂时不需要)(派人|派师傅|过来|来人|上门|安排|麻烦)?(来|了|过来)?(了)?(哈|啊|呀|哦|的|喔)?$")]
    private static partial Regex Declines();

    [GeneratedRegex("吗|？|\\?|多少|怎么|几点|能不能|可不可以|要不要|有没有|哪里|什么时候")]
    private static partial Regex AsksSomething();

    /// <summary>The acts covering the whole folded message, or null when something else is in it.</summary>
    private static HashSet<DialogAct>? Cover(string folded)
    {
        // Dynamic programming over positions: reachable[i] holds the acts of one covering of folded[..i].
        var reachable = new HashSet<DialogAct>?[folded.Length + 1];
        reachable[0] = [];
        for (var i = 0; i < folded.Length; i++)
        {
            if (reachable[i] is not { } before)
            {
                continue;
            }

            if (Particles.Contains(folded[i]))
            {
                reachable[i + 1] ??= [.. before];
            }

            for (var length = Math.Min(LongestPhrase, folded.Length - i); length >= 1; length--)
            {
                if (PhraseLookup.TryGetValue(folded.AsSpan(i, length), out var act) && reachable[i + length] is null)
                {
                    reachable[i + length] = [.. before, act];
                }
            }
        }

        return reachable[folded.Length] is { Count: > 0 } acts ? acts : null;
    }

    private static DialogAct Strongest(HashSet<DialogAct> acts) => Precedence.First(acts.Contains);

    /// <summary>Lower case, without spaces, punctuation or emoji (repeats such as 对对对 are covered phrase by phrase).</summary>
    private static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            // Only ASCII has case here (the text is normalised half-width); ToLowerInvariant on a Chinese character is a slow ICU call.
            var c = char.IsAsciiLetterUpper(raw) ? (char)(raw | 0x20) : raw;
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static readonly HashSet<string> ByTheWay = ["对了", "哦对了", "噢对了", "啊对了", "对啦", "哦对", "对了对了", "噢对"];

    private static readonly HashSet<char> Particles = [.. "啊呀吧呢哦噢喔嘛啦哈呗咯哟嘞滴的了喇啰咧呐哇诶欸"];

    private static Dictionary<string, DialogAct> BuildPhrases()
    {
        var table = new Dictionary<string, DialogAct>(StringComparer.Ordinal);
        void Add(DialogAct act, string words)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                table[word] = act;
            }
        }

        Add(DialogAct.Affirm, "对 是 是滴 嗯 恩 好 行 可以 没错 没问题 对头 对呀 确认 确定 没毛病 ok okay yes yeah yep y 系 系呀 冇错 无错 得 中 要 要的 需要 好嘞 好滴 妥 收到 明白 知道 了解 懂 是这样 就是 就是这个 就是这样 就这样吧 那好 可 同意 嗯呐 好哒 sure 对滴 please pls plz right correct exactly that'sright thatsright ofcourse yesplease goahead great good perfect cool fine alright allright gotit noted awesome wonderful nice lovely sounds soundsgood okey");
        Add(DialogAct.Deny, "不 不是 不对 没有 没 不要 不行 否 no nope n 唔系 唔要 唔对 错 错了 不用 不可以 不太对 并不是 不是这个 也不是 not notreally wrong incorrect it'snot itsnot that'snotit");
        Add(DialogAct.Cancel, "别报了 就别报了 不用麻烦师傅了 不用麻烦师傅跑一趟了 不用麻烦师傅过来了 不用师傅来了 不用师傅上门了 不用派师傅了 不用叫师傅了 不用跑一趟了 不用麻烦你们跑一趟了 那就不用麻烦师傅了 那就不用麻烦师傅跑一趟了 那就不用跑一趟了 那不用麻烦师傅了 就不用麻烦师傅了 暂时不需要了 不要了 不麻烦你们了 不麻烦了 那就取消吧 就取消吧 算了 算咯 算啦 不用派人 不用派人了 不用派人来 不用派人来了 不用派人过来 不用派人过来了 不用派人上门 别派人来 别派人来了 别派人过来 不用过去了 不用过去 不用去了 不用管了 不用处理了 不用来人 不用上门 不用过来 不用叫了 不用订了 不用约了 取消掉 帮我取消 算了吧 不用了  取消 取消吧 那取消吧 不需要了 先不用 先不用了 先不弄了 不弄了 不修了 不用来了 不用麻烦了 那就不用了 那不用了 就不用了 那就算了 那算了 那就不需要了 那就不麻烦了 不用麻烦你们了 不用麻烦你了 不麻烦你们 别来了 自己修好了 我自己修好了 自己弄好了 我自己弄好了 已经好了 又好了 现在好了 好了不用了 cancel 唔使 唔使喇 唔该唔使 不报了 不用报了 不用报 先不报了 先不报 那就不报了 那就不用报了 那不用报了 就不用报了 那就不用报修了 那就不用登记了 那就先不报了 不报修了 不用报修了 不用修了 那就不用修了 不用登记了 先不登记了 不办了 撤销 撤回 不要了 先这样 改天再说 以后再说 再说吧 发错了 发错人了 发错群了 发错地方了 不是发给你的 不是发给你们的 不是说你们 不是说你 不是跟你说的 不是跟你们说的 sentbymistake wrongchat wrongperson");
        Add(DialogAct.Done, "没其他嘢 冇其他嘢 没有其他嘢 没嘢 暂时就这些 其他没什么了 目前没有了 先这些 没什么了 没有了吧  nothatsit thatsit 就迭眼 没其他事了 没有其他事 没其他东西  没有事了 就这些了 就这样了 没有别的事 没别的事了 没别的事 拜拜 再见 bye 没有了 没了 就这些 没别的了 没别的 没事了 没事 暂时没有 暂时没有了 没其他的 没其他的了 没其他事 没其他 没有其他 没有别的 就这样 没什么了 没啥了 没啥事 冇嘢 冇嘢喇 冇喇 冇了 that'sall thatsall nothingelse 就这个 就这事 没其它 其他没有 就是问问 就是先问问 只是问问 先问问 随便问问 问问而已 就问问 问一下而已 只是问一下 justasking");
        Add(DialogAct.Thanks, "辛苦你们了 辛苦你们 有劳了 有劳 谢谢你们这么快 蟹蟹 ty thanku thankyou thx 谢 谢谢你们 谢谢大家 谢谢师傅 麻烦你们 麻烦你们了 多谢你们 谢谢 谢谢你 谢谢您 多谢 多谢晒 感谢 谢了 辛苦了 辛苦 麻烦你了 麻烦您了 麻烦了 thx thanks thank thankyou 3q tks 唔该 唔该晒 感恩 谢谢啦 好的谢谢 太感谢 非常感谢 somuch verymuch alot cheers manythanks appreciateit iappreciateit muchappreciated appreciated");
        return table;
    }

    [GeneratedRegex(@"^(时间|房号|房间号|电话|电话尾号|尾号|号码|手机号|地址|位置|楼栋|楼层|单元|日期|人数|联系人|[0-9]{3,4})?(哦|噢|啊|呃|额)?[,，\s]*(不对|错了|打错了|写错了|说错了|不是的?(?=[,，\s])|错了|说错了|打错了|写错了|搞错了|弄错了|更正(一下)?|纠正(一下)?|改成|改为|改到|换成|改一下|应该是|我是说|我的意思是|唔系|唔啱)[,，:：\s]*|[,，\s](哦|噢|啊)?不对[,，\s]*")]
    private static partial Regex CorrectionMarker();

    [GeneratedRegex(@"^(是)?(?<new>[^，,。]{1,6}?)[,，]?(而)?(?<!是)不是(?!说|要|让|叫|应该)(?<old>[^，,。吗呢?？]{1,6})$|^不是(?<old>[^，,。]{1,6}?)[,，]?(而)?(是|系|改成|改到)(?<new>[^，,。吗呢?？]{1,12})$")]
    private static partial Regex Replacement();

    [GeneratedRegex(@"(?<!是不是[^，,。]{0,3}|会不会[^，,。]{0,3}|算|弄|收|扣|记)(刚才|刚刚)?(打错了|写错了|说错了|输错了|搞错了|错了)[。.!！]*$")]
    private static partial Regex SlipAtEnd();

    /// <summary>Punctuation ends a clause; a space does too between Chinese words ("好的 谢谢") but not inside an English
    /// sentence, where every word would otherwise be read as a reply of its own ("there's no lift at all" is no "no").</summary>
    [GeneratedRegex(@"[，,。.!！?？;；]+\s*|(?<![A-Za-z'])\s+|\s+(?![A-Za-z'])")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(不是|没有|都不是|不对)(?!说|是不是)")]
    private static partial Regex LeadingDeny();

    [GeneratedRegex(@"^(对对|对的|对啊|对呀|对就是|对没错|是的|是啊|没错|嗯嗯|嗯对|好的就|就是这个意思)(?!不)")]
    private static partial Regex LeadingAffirm();

    [GeneratedRegex(@"^(算了|不用了|取消|不需要了|先不用|不修了|不弄了|唔使|不使)|^(嗯|哎|唉|哎呀|啊|哦|呃|额|那|那就|还是|对)+(算了|先不用|先不修|不修了|先不弄|不弄了)|(自己|已经)(弄|修|换|搞|处理|修理)好了|自己(停|好|通)了")]
    private static partial Regex CancelPrefix();

    [GeneratedRegex(@"别(再)?(报修?|登记)了(?!吗|么|个|一)|(那我|我就|那就|那我们|我们就)(让[^让]{1,6})?自己(来|去)?(给[他她]|帮[他她])?(弄|处理|搞定?|解决|想办法|办)(?!不|了半天|过|没|坏|错)|(撤掉|撤了|撤销|撤回|取消)(刚才|之前|那个|这个|我的)?(的)?(报修|单子|工单|单|预约|申请|投诉)|(报修|单子|工单|预约|投诉)(帮我)?(撤|取消)|noneed(to(send|come)|for(anyone|someone|the))|don'?t(need(anyone|someone|to(send|come))|send(anyone|someone)|come)|nevermind|pleasecancel|cancel(it|that|the(request|repair|booking)|my(request|repair|booking))|(it'?s|everything'?s|it|everything)(is)?(all)?(back)?(on|working|fixed|sorted)(again)?now")]
    private static partial Regex CancelRequest();
}
