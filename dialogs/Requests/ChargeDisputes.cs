using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// A billing dispute ("凭什么收滞纳金", "为什么账单多了一笔") is a complaint (complaint.other), but the owner first hears the
/// rule the charge rests on; one who then says they will pay ("行吧，那我现在就交") has withdrawn it.
/// </summary>
public static partial class ChargeDisputes
{
    /// <summary>The message questions a charge on the owner's bill.</summary>
    public static bool Disputes(string normalized) =>
        Charge().IsMatch(normalized ?? "") && Questioning().IsMatch(normalized ?? "");

    /// <summary>"那我现在就交", "交就交吧", "我去补交": the owner will pay the charge after all.</summary>
    public static bool AgreesToPay(string normalized) => WillPay().IsMatch(normalized ?? "") && !Refuses().IsMatch(normalized ?? "");

    /// <summary>The last sentence of the message, where a question asked after a concession stands ("…行吧。那我现在就交，在哪交方便").</summary>
    public static string LastSentence(string normalized)
    {
        var sentences = SentenceEnd().Split(normalized ?? "").Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        return sentences.Count == 0 ? "" : sentences[^1];
    }

    [GeneratedRegex(@"滞纳金|违约金|物业费|管理费|停车费|车位费|公摊|水电费|水费|电费|燃气费|垃圾费|账单|收费|多收|扣费|扣了|(?i:\b(?:late fee|bill|charge[ds]?|fee)\b)")]
    private static partial Regex Charge();

    [GeneratedRegex(@"为什么|为啥|凭什么|怎么会|怎么多了|多了一笔|多出|多收|乱收|不合理|不认|搞错|算错|(?i:\bwhy\b|\bovercharg|\bwrong\b)")]
    private static partial Regex Questioning();

    [GeneratedRegex(@"(?:我|那我|那就|我就|我这就|我马上|我现在)(?:现在|马上|今天|这就|等下|回头)?(?:就)?(?:去)?(?:补交|交了吧|交吧|交|缴|付)(?!不|没)|交就交|认了|(?i:\bi(?:'ll| will) pay\b)")]
    private static partial Regex WillPay();

    [GeneratedRegex(@"不交|不会交|不付|凭什么要我交|拒交|(?i:\bwon'?t pay\b|\bnot pay)")]
    private static partial Regex Refuses();

    [GeneratedRegex(@"[。！!？?；;\n…]+")]
    private static partial Regex SentenceEnd();
}
