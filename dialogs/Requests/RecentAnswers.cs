using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// "对了，停车费刚才说是多少来着？": the owner asks for an answer given earlier in the conversation. The last few handbook
/// answers are remembered; the one whose question shares the most words with this message is given again, word for word.
/// </summary>
public static partial class RecentAnswers
{
    private const int Kept = 3;

    public static void Remember(ConversationData conversation, string question, string answer)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        conversation.RecentAnswers.Add(new RememberedAnswer(question ?? "", answer ?? ""));
        if (conversation.RecentAnswers.Count > Kept)
        {
            conversation.RecentAnswers.RemoveAt(0);
        }
    }

    /// <summary>The earlier answer the message asks for again ("刚才说的", "再说一遍"), or null when it asks for none.</summary>
    public static string? Recall(ConversationData conversation, string normalized)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.RecentAnswers.Count == 0 || !AsksAgain().IsMatch(normalized ?? ""))
        {
            return null;
        }

        var topic = AsksAgain().Replace(normalized!, "");
        var best = conversation.RecentAnswers
            .Select((answer, order) => (answer, order, shared: SharedPairs(topic, answer.Question)))
            .OrderByDescending(a => a.shared).ThenByDescending(a => a.order).First();

        // "燃气公司的电话是多少来着": "来着" alone only says the owner once knew; a subject no earlier question shared is a
        // new question for the handbook, not a request to repeat ("刚才说的" and "再说一遍" always are).
        if (best.shared == 0 && !SaysItWasSaid().IsMatch(normalized!) && topic.Count(char.IsLetter) >= 3)
        {
            return null;
        }

        return $"刚才说的是：{best.answer.Text}";
    }

    /// <summary>
    /// "那换个灯泡呢？" right after "换个水龙头要多少钱？" was answered: the short follow-up names a new subject and leaves
    /// the question out. It is asked in full — the new subject with the last question's ending ("换个灯泡要多少钱"), or,
    /// when that ending cannot be told, both together. Null when the message is no such follow-up.
    /// </summary>
    public static string? Elliptical(ConversationData conversation, string normalized)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.RecentAnswers.Count == 0)
        {
            return null;
        }

        var message = (normalized ?? "").Trim();
        var asked = FirstQuestion(message);
        if ((AmountOverAPeriod().IsMatch(asked) || AtMost().IsMatch(message)) && !NamesAFee().IsMatch(asked))
        {
            // "一年下来一共大概多少钱？" after the monthly fees of a flat: the same fees, over the period now asked — with the
            // question before when the last one ("那电梯费呢") left out the flat or its area.
            var answers = conversation.RecentAnswers;
            var latest = answers[^1].Question;
            var before = answers.Count > 1 && !latest.Any(char.IsAsciiDigit) ? $"{answers[^2].Question}，" : "";
            return $"{before}{latest}，{message}";
        }

        if (RequestWords.AsksHowSoon(message) && message.Length <= MaxHowSoonFollowUp && !message.Any(char.IsAsciiDigit))
        {
            // "ok good to know. how long would it take for someone to come?" after what to do if stuck in a lift: how soon,
            // in the matter just answered.
            return $"{conversation.RecentAnswers[^1].Question}，{message}";
        }

        if (LastSentence(message) is var tail && TimeLimitAsked().IsMatch(tail) && !tail.Any(char.IsAsciiDigit))
        {
            // "行，那我周五过去签。最晚几点要搬完？" after the moving rule: the time limit of the matter just answered.
            return $"{conversation.RecentAnswers[^1].Question}，{tail}";
        }

        if (FollowUp().Match(message) is not { Success: true } m)
        {
            return null;
        }

        var last = conversation.RecentAnswers[^1].Question;
        var subject = m.Groups["subject"].Value;
        return QuestionEnding().Match(last) is { Success: true } ending ? subject + ending.Value.TrimEnd('？', '?', '。') : $"{last}，{subject}";
    }

    /// <summary>
    /// "不是现在哈，我妈八十了…我想提前教教她" just after a what-if was answered: nothing is happening, the owner is learning in
    /// advance — the last answer, to keep; null for any other message, or when nothing was answered.
    /// </summary>
    public static string? NothingHappeningNow(ConversationData conversation, string normalized)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.RecentAnswers.Count > 0 && NotHappening().IsMatch(normalized ?? "") ? conversation.RecentAnswers[^1].Text : null;
    }

    [GeneratedRegex(@"^[^，,。.!！?？]{0,4}(?:不是现在|现在没(?:事|有)|没有发生|还没发生|没出事|不是真的)|提前(?:问|了解|教|准备|学|知道)|以防万一|防患于未然|\bnot (?:right )?now\b|nothing(?:'s| is) happening|\bjust in case\b|\bin advance\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotHappening();

    /// <summary>
    /// A short question that points back at the one before ("Does she need anything from me?", "那他要准备什么"): a pronoun
    /// or "that" stands for what was just asked about.
    /// </summary>
    public static bool PointsBack(string normalized) =>
        (normalized ?? "").Length <= MaxHowSoonFollowUp * 2 && PointsBackWords().IsMatch(normalized ?? "");

    /// <summary>
    /// "所以是fake的对吧", "那就是说不能转账是吧", "so it's a scam, right?": the owner draws a conclusion from the answer just
    /// given and asks to have it confirmed — a question on that answer, not chit-chat.
    /// </summary>
    public static bool SeeksConfirmation(string normalized) =>
        (normalized ?? "").Length <= MaxHowSoonFollowUp * 2 && Concludes().IsMatch(normalized ?? "") && TagQuestion().IsMatch(normalized ?? "");

    [GeneratedRegex(@"所以|那就是|也就是说|意思是|就是说|这么说|\bso\b", RegexOptions.IgnoreCase)]
    private static partial Regex Concludes();

    [GeneratedRegex(@"(对吧|是吧|对不对|是不是|没错吧|对嘛|是嘛|咯|喽|吧)[?？!！~。.]*$|\b(right|correct|isn'?t it|yes)\s*[?？]+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TagQuestion();

    // "那周六最晚几点之前要搬完？" after the moving rules: a question opened with 那 goes on from the answer before.
    [GeneratedRegex(@"\b(she|he|they|them|her|him|it|that|this)\b|他们|他|她|这个|那个|这样|那样|^(那|那么|那要是|那如果)(?!个|边|里|些)", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBackWords();

    /// <summary>
    /// "ok 那我直接打哪个电话报障比较快" just after an answer that gives numbers to call (the carriers' for broadband): that
    /// answer again; null for any other message, or when the last answer gives no number.
    /// </summary>
    public static string? NumbersJustGiven(ConversationData conversation, string normalized)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.RecentAnswers.Count > 0 && AsksWhomToCall(normalized) && NumberToCall().IsMatch(conversation.RecentAnswers[^1].Text)
            ? conversation.RecentAnswers[^1].Text
            : null;
    }

    /// <summary>A number to dial: five digits or more (10000, 96777), or an area code with a number (0755-2688 6600) — no date.</summary>
    [GeneratedRegex(@"(?<![\d-])(?:\d{5,}|\d{3,4}-\d{3,4}\s?\d{4})(?![\d-])")]
    private static partial Regex NumberToCall();

    /// <summary>"那我打哪个电话", "找谁修": whom to call, with nothing of the estate's own lines named (你们的电话 is the hotline).</summary>
    private static bool AsksWhomToCall(string normalized) =>
        (normalized ?? "").Length <= MaxHowSoonFollowUp && WhomToCall().IsMatch(normalized ?? "") && !OwnLines().IsMatch(normalized ?? "");

    [GeneratedRegex(@"打哪个电话|打什么电话|哪个电话|打哪个号|找谁(修|报|弄|处理)?|找哪个|打边个|(what|which) number|who do i call", RegexOptions.IgnoreCase)]
    private static partial Regex WhomToCall();

    [GeneratedRegex(@"你们|物业|管家|服务中心|热线|值班|24小时|保安|门岗|客服中心")]
    private static partial Regex OwnLines();

    /// <summary>A how-soon follow-up is short; a longer message tells something of its own.</summary>
    private const int MaxHowSoonFollowUp = 60;

    [GeneratedRegex(@"^(?:那|那么)?(?:如果|要是)?(?:按)?(?:一年|全年|每年|一整年|半年|一个季度|一季度|每季度|每个季度|三个月|六个月|十二个月|一个月|每个月|每月)(?:下来|到头)?[^，,。？?]{0,8}(?:多少钱|多少|一共|总共|合计)[^，,。]{0,6}[？?。!！]*$")]
    private static partial Regex AmountOverAPeriod();

    /// <summary>"那要是他们待一整天的话最多收多少钱": the most or the total of the fee just answered, over a stay now said.</summary>
    [GeneratedRegex(@"^(?:那|那么)?(?:要是|如果|假如)?[^，,。？?]{0,16}(?:最多|最高|封顶|顶多)(?:收|要|交|付)?(?:多少钱|多少|几多钱)[^，,。]{0,4}[？?。!！]*$")]
    private static partial Regex AtMost();

    [GeneratedRegex("费|车|位|水|电|气|网|卡|押金|租")]
    private static partial Regex NamesAFee();

    /// <summary>
    /// "一个月到底多少钱？他们老说一个季度交一千多…": the message up to its first question mark, when what follows only
    /// explains it; all of it when none, or when a second question follows ("…能用支付宝交吗？").
    /// </summary>
    private static string FirstQuestion(string message) =>
        message.IndexOfAny(['？', '?']) is var end and >= 0 && message.AsSpan(end + 1).IndexOfAny(['？', '?', '吗']) < 0 ? message[..(end + 1)] : message;

    private static string LastSentence(string message)
    {
        var trimmed = message.TrimEnd('？', '?', '。', '！', '!', ' ');
        var start = trimmed.LastIndexOfAny(['。', '！', '!', '？', '?', '，', ',']) + 1;
        return message[start..].Trim();
    }

    /// <summary>"最晚几点要搬完？", "那最早几点可以开始？", "几点之前？": a time limit asked with no matter of its own.</summary>
    [GeneratedRegex(@"^(?:那|那么|那要)?(?:最晚|最迟|最早|一般)(?:要|得|能|可以)?(?:几点|什么时候|哪天)[^，,。？?]{0,6}[？?。]*$|^(?:那|那么)?几点(?:之前|以前|前|之后|以后)?(?:要|得|能|可以)?[^，,。？?]{0,4}[？?。]*$")]
    private static partial Regex TimeLimitAsked();

    [GeneratedRegex(@"^(?:那|那么|那要是|那如果|如果是|要是)?(?<subject>[^，,。？?]{1,12}?)(?:的话)?(?:呢|嘞|咧|呐)[？?。!！]*$")]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"(?:要|需要|得)?(?:多少钱|收多少|怎么收费?|收费吗|收钱吗|要钱吗|多少|怎么(?:交|办|弄|申请|收)|几点到几点|几点|可以吗|能不能|行吗|允许吗)[？?。]*$")]
    private static partial Regex QuestionEnding();

    /// <summary>Two-character pieces of <paramref name="topic"/> that occur in <paramref name="question"/>.</summary>
    private static int SharedPairs(string topic, string question) =>
        Enumerable.Range(0, Math.Max(0, topic.Length - 1)).Count(i => char.IsLetter(topic[i]) && question.Contains(topic.Substring(i, 2), StringComparison.Ordinal));

    [GeneratedRegex(@"刚才|刚刚|剛才|剛剛|之前|前面|你刚|再(说|讲|講|說)一(遍|次|下)|\b(say (that|it) again|repeat that|what did you say)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysItWasSaid();

    [GeneratedRegex(@"(刚才|刚刚|剛才|剛剛|之前|前面|你刚)(你)?(说|讲|講|說|提到|回复|回覆)(的|过|過)?(是)?|(多少|什么|啥|几点|幾多|咩)来着|再(说|讲|講|說)一(遍|次|下)|\b(say (that|it) again|repeat that|what did you say)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAgain();
}

/// <summary>This turn only names the flat the question answered just before was asked for: that question is read with it.</summary>
public sealed record QuestionForAFlat(string Question);
