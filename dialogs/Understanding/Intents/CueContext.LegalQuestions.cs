using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Accidents, injuries and damage asked about as a matter of law, insurance or compensation, somewhere other than the
/// estate ("高空抛物砸伤路人要判几年", "路灯杆倒了砸到车找谁赔", "烧伤鉴定伤残等级", "乱打110会坐牢吗"): a question about who is
/// liable reports nothing happening here now. The same question about the estate ("楼上掉花盆砸到我家孩子了，谁负责"), or with
/// anything happening now in it, is read as a report as before.
/// </summary>
internal static partial class CueContext
{
    /// <summary>
    /// "我闺蜜老公家暴她 她不敢报警 我作为朋友能做什么": what to do for a friend or a colleague somewhere else, asked as advice,
    /// with no place of the estate named and nothing asked of it.
    /// </summary>
    public static bool AdviceForSomeoneElsewhere(string text) =>
        FriendOrColleague().IsMatch(text) && AsksForAdvice().IsMatch(text) && !NamesEstatePlace(text) && !HappeningNowOrHelpAsked().IsMatch(text);

    [GeneratedRegex("^(我)?(的)?(朋友|同事|闺蜜|同学|哥们|兄弟|表姐|表哥|表妹|表弟|亲戚|老同学)")]
    private static partial Regex FriendOrColleague();

    [GeneratedRegex("(他|她|我)(该|应该|能|可以)?(怎么办|怎么做|做什么|能做什么|该劝|劝他|劝她|帮他|帮她)|我作为朋友")]
    private static partial Regex AsksForAdvice();

    /// <summary>A question of law, liability or compensation, naming nothing of the estate (or a flat bought elsewhere) and nothing happening now.</summary>
    public static bool AsksALegalQuestion(string text) =>
        (LegalWords().IsMatch(text) || (HasLatin(text) && LegalWordsInEnglish().IsMatch(text)))
        && (!MentionsTheEstate(text) || KnowledgeFromElsewhere().IsMatch(text)) && !HappeningNowOrHelpAsked().IsMatch(text);

    [GeneratedRegex("告诫书|保护令|判几年|判刑|坐牢|处罚|罚款|罚多少|违法吗|犯法|犯罪|法律|律师|起诉|索赔|赔偿|伤残|鉴定|不可抗力|责任|谁(来)?(负责|赔|承担|买单)|找谁赔|找谁|怎么赔|归谁|追责|能退吗|能退房吗|赔多少|工伤|包工头|医药费|垫付|理赔|保险公司|维权|消协|12345|恶意|乱打|报警还是|私了|合法吗|合不合法|判了(几|多少)年|量刑|刑期|立遗嘱|遗嘱|仲裁|老板不管|96110|立案|判决|法院")]
    private static partial Regex LegalWords();

    [GeneratedRegex(@"\b(lawyer|lawsuit|sue|liable|liability|compensation|insurance claim|claim)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LegalWordsInEnglish();

    [GeneratedRegex("现在(?![^，。,.!！?？]{0,8}还(要|需要|用)[^，。,.!！?？]{0,10}吗)|正在|刚才|刚刚|快来|救命|急急|还在|赶紧|马上|快点|在流血|昏迷|我家|家里")]
    private static partial Regex HappeningNowOrHelpAsked();

    /// <summary>
    /// "小孩误吞纽扣电池为什么那么危险", "老人吃汤圆噎住的急救", "开水烫伤和油烫伤哪个严重", "空气开关跳闸的原因", "高楼着火了应该往上跑还是往下跑",
    /// "洪水淹过的房子还能住吗", "the kitchen is on fire meme", "how to tell if a house has been flooded before": general knowledge asked in a form no report takes, with nothing happening now named.
    /// </summary>
    public static bool AsksGeneralKnowledge(string text) =>
        (KnowledgeForm().IsMatch(text) || (HasLatin(text) && KnowledgeFormInEnglish().IsMatch(text))) && !HappeningNowOrHelpAsked().IsMatch(text);

    [GeneratedRegex("先(打|拨|报)[^，。,.!！?？]{1,8}还是[^，。,.!！?？]{1,8}[吗呢?？]?$|为什么(那么|这么|会这么)?危险|的急救(方法|措施|常识)?[吗?？]?$|急救(方法|措施|常识)|哪个(更)?(严重|危险)|^[^，。,.!！?？]{2,14}的原因[吗?？]?$|会怎样[吗?？]?$|会怎么样[吗?？]?$|到底行不行|案例|大家都有过吗|有人遇到过吗|(应该|该)[^，。,.!！?？]{0,6}还是[^，。,.!！?？]{1,8}[吗呢?？]?$|正确(的)?(做法|处理方法|处理|方法)|威力(有)?多大|调查结果|(淹|烧|炸|死|伤)了多少|还能住(人)?吗|原理(是什么)?|一般(怎么|如何)(修|处理|办|解决)|(?<!不)会(爆裂|爆炸|自燃)吗[？?]?$|由哪些(部分)?组成|组成部分|工作原理|有什么区别|是一样的吗|是同一(个|种)(东西)?吗|^(现在|如今|现如今)[^，。,.!！?？]{0,8}还(要|需要|用)[^，。,.!！?？]{0,10}吗[？?]?$|分别是(什么|多少|哪些)|其实是[^，。,.!！?？]{0,8}[吗?？]+$|(爆炸)?(下限|上限)(是)?(百分之几|多少)|有(没有)?味道(吗|的吗)[?？]?$|(课本|书上|攻略|教材|课上|老师|演练|培训)(里|上|中)?(讲|说|提到|写|教)(的|过)|(咋|怎么|如何|怎样)(防|预防|防止|避免)|(?<!不)会(掉下去|坠落|塌)吗[？?]?$|(的)?区别(是什么|在哪)?[吗?？]?$|(本质上|到底)?有(什么|何|啥)不同[吗呢?？]?$|(不同|差别|差)在哪(里|儿)?[?？]?$|是(液体|气体|固体|液态|气态|固态)还是(液体|气体|固体|液态|气态|固态)|(的)?作用(是什么)?[吗?？]?$|多数是[^，。,.!！?？]{1,8}还是|概率(有)?多大|为什么不会(掉|坠|夹|断|烧|漏)|为什么夹不到|一个人要?负责多少")]
    private static partial Regex KnowledgeForm();

    [GeneratedRegex(@"\bmemes?\b|\bwhy is it dangerous\b|\bhow (to|can i|do i|do you) tell (if|whether)\b|\bshould i (buy|rent)\b|\bflood zones?\b|\bflooded before\b", RegexOptions.IgnoreCase)]
    private static partial Regex KnowledgeFormInEnglish();
}
