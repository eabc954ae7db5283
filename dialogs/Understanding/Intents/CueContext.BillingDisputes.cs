using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A bill disputed ("短信说我家四季度物业费没交，还要收滞纳金，搞什么啊", "我10月12号就交过了", "把滞纳金去掉") is the standard's
/// "other" complaint (service-standard.md: billing disputes are complaint.other), not a question about the fee.
/// </summary>
internal static partial class CueContext
{
    /// <summary>A fee the owner says was paid, a notice of arrears they protest, or a late fee they want taken off.</summary>
    public static bool DisputesABill(string text) =>
        FeeOrBill().IsMatch(text) && (PaidAlready().IsMatch(text) || (WrongAmount().IsMatch(text) && !AsksWhether().IsMatch(text)) || LateFeeOff().IsMatch(text) || (SaysUnpaid().IsMatch(text) && Protest().IsMatch(text)))
        && (Protest().IsMatch(text) || !AsksForAReceipt().IsMatch(text));

    /// <summary>"这季度物业费通知上写的1209.6元…", "quick question about fees": the message is about a fee or a bill.</summary>
    public static bool SpeaksOfFees(string text) => FeeOrBill().IsMatch(text) || (HasLatin(text) && FeeInEnglish().IsMatch(text));

    /// <summary>"会不会说是我投诉的", "他会知道是我吗", "能匿名投诉吗": whether the other party learns who complained.</summary>
    public static bool AsksWhetherTheyLearnWhoComplained(string text) => WhoComplainedKnown().IsMatch(text);

    [GeneratedRegex("(会不会|会|能不能|可不可以|可以)[^。？?]{0,8}(说|告诉|透露|知道|暴露)[^。？?]{0,6}(是我|我是|我的|谁)[^。？?]{0,4}(投诉|举报|反映)|(投诉|举报|反映)[^。？?]{0,12}(会|能)[^。？?]{0,4}知道是我|匿名(投诉|举报|反映)")]
    private static partial Regex WhoComplainedKnown();

    /// <summary>"a quick question about fees", "I'd like to ask about the parking charge": a question on fees announced in English.</summary>
    public static bool AnnouncesAFeeQuestion(string text) => HasLatin(text) && FeeQuestionInEnglish().IsMatch(text);

    [GeneratedRegex("\\b(question|questions|ask|asking|enquiry|inquiry|query)\\b[^.!?]{0,20}\\b(about|on|regarding|re)\\b[^.!?]{0,20}\\b(fees?|charges?|bills?|billing|payments?)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex FeeQuestionInEnglish();

    // "rent" the money, not the landlord's verb ("I rent it out", "rent out my flat").
    [GeneratedRegex("\\b(fees?|bills?|billing|charges?|invoice|payments?|discount|(?<!\\b(i|we|they|she|he|you)\\s+)rent(?!\\s+(it|out|my|the|them|her|him|a|an|this|that|flat|unit|room|apartment|here)\\b))\\b", RegexOptions.IgnoreCase)]
    private static partial Regex FeeInEnglish();

    /// <summary>"我早就交过了，发票在哪开": paid, and asking for the paper — a question, not a dispute.</summary>
    [GeneratedRegex("发票|收据|开票|凭证在哪|怎么打印")]
    private static partial Regex AsksForAReceipt();

    [GeneratedRegex("物业费|管理费|停车费|车位费|租金|水费|电费|公摊|账单|缴费|滞纳金|欠费|催缴|费用")]
    private static partial Regex FeeOrBill();

    [GeneratedRegex("(早就|已经|明明|之前就|上个月就|[0-9一二三四五六七八九十]+(月|号|日)(就)?)[^。.!！?？]{0,16}(交过|交了|缴过|缴了|付过|付了)|(交过|缴过|付过)了|交了的|截图(都)?还在|有(缴费)?(记录|凭证|收据)")]
    private static partial Regex PaidAlready();

    /// <summary>"是不是算错了？": the owner asks whether the amount is right — a fee question the handbook answers.</summary>
    [GeneratedRegex("是不是|是否|对不对|吗|[?？]")]
    private static partial Regex AsksWhether();

    [GeneratedRegex("算错|收错|多收|乱收|多扣|扣错|罚(这么|那么)多|收(这么|那么)多")]
    private static partial Regex WrongAmount();

    [GeneratedRegex("(去掉|免掉|免了|取消|退还?|减免)(这个|这笔|那个)?滞纳金|滞纳金(去掉|免掉|免了|退)|(把|将)(这个|这笔|那个|那笔)?滞纳金[^，。,.!！?？]{0,4}(去掉|免掉|免了|取消|退|减免|撤)")]
    private static partial Regex LateFeeOff();

    [GeneratedRegex("(说|显示|通知|短信|提示|催)[^。.!！?？]{0,12}(没交|未交|欠费|欠了|欠着|未缴|没缴|逾期)|催缴")]
    private static partial Regex SaysUnpaid();

    [GeneratedRegex("搞什么|凭什么|怎么回事|什么情况|乱收|搞错|弄错|有误|不对吧|莫名其妙|离谱|坑人|[?？]{2}")]
    private static partial Regex Protest();

    /// <summary>"If it stays in the visitor parking overnight, what's the most it costs per day?": a price asked in English, no grievance.</summary>
    public static bool AsksAPriceInEnglish(string text) => EnglishPrice().IsMatch(text) && !EnglishGrievance().IsMatch(text);

    [GeneratedRegex(@"(?i)\bhow much\b|\bwhat(?:'s|\s+is|\s+does|\s+do)?\s+(?:the\s+)?(?:most|max(?:imum)?|fee|price|charge|cost|rate)\b|\bcosts?\s+(?:per|a|each)\s+(?:day|hour|month|year)\b|\bdaily\s+(?:cap|max(?:imum)?|charge|rate)\b")]
    private static partial Regex EnglishPrice();

    [GeneratedRegex(@"(?i)\bunfair|overcharg|\bwrong\b|\brefund|\bcomplain|\btaken off\b|\brip[- ]?off|\bwhy (?:do|did|am|are|is)\b")]
    private static partial Regex EnglishGrievance();

    /// <summary>"那我现在就交，在哪交方便", "怎么交比较快": where or how to pay, asked after conceding a charge.</summary>
    public static bool AsksWhereToPay(string text) => WhereToPay().IsMatch(text);

    /// <summary>"这个月物业费单子上是340多，我按2.8乘105算才294，是不是算错了": a fee asked about, with no grievance lodged.</summary>
    public static bool AsksAboutAFee(string text) => SpeaksOfFees(text) && AskingAbout(text) && !DisputesABill(text) && !LodgesAGrievance(text);

    /// <summary>"燃气费去哪交", "话费怎么交": a bill of a utility or the state, paid to them, not to the estate.</summary>
    public static bool NamesAnOutsideBill(string text) => OutsideBill().IsMatch(text);

    [GeneratedRegex("燃气|煤气|天然气|水费|电费|宽带|话费|网费|有线|电视费|罚款|罚单|社保|医保|个税|学费|保险")]
    private static partial Regex OutsideBill();

    [GeneratedRegex("(在哪|去哪|哪里|哪儿|怎么|如何|在哪里)(交|缴|付)(钱|费)?(方便|比较快|最快|好)?[吗呢?？]?|(交|缴)费(渠道|方式)|(?i:where (can|do) i pay|how (can|do) i pay)")]
    private static partial Regex WhereToPay();
}
