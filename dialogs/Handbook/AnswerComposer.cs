using System.Globalization;
using System.Text;
using ConciergeBot.Knowledge.Fees;
using ConciergeBot.Knowledge.Handbook;
using ConciergeBot.Knowledge.Search;

namespace ConciergeBot.Dialogs.Handbook;

/// <summary>Writes answers in short, polite Chinese with the source and its effective date.</summary>
internal static class AnswerComposer
{
    /// <summary>A paragraph after the first is quoted when it covers this much more of the question.</summary>
    private const double ExtraParagraphGain = 0.08;

    public static string Citation(string source, DateOnly effective) =>
        $"依据《{source}》（{effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}起执行）";

    public static string SourceTitle(HandbookEntry entry) => $"{entry.Source}·{entry.Title}";

    /// <summary>The entry's short answer, plus any further paragraph that answers a part of the question the first does not.</summary>
    public static string FromEntry(HandbookEntry entry, string question, HandbookSearch search)
    {
        var text = entry.Summary;
        var covered = search.Relevance(question, text);
        foreach (var paragraph in entry.Paragraphs.Skip(1))
        {
            var widened = search.Relevance(question, text + paragraph);
            if (widened - covered >= ExtraParagraphGain)
            {
                text += paragraph;
                covered = widened;
            }
        }

        return text + "\n" + Citation(entry.Source, entry.Effective);
    }

    public static string FromFee(ComputedFee fee, string source, DateOnly effective)
    {
        var result = fee.Result;
        var text = new StringBuilder();
        if (result.Lines.Count == 0)
        {
            text.Append(fee.Lead).Append('：').Append(string.Join("", result.Notes));
        }
        else if (fee.ByUnitType)
        {
            text.Append(fee.Lead).Append("。\n计算：");
            text.Append(string.Join("\n", result.Lines.Select(l => l.ToString()))).Append('。');
            foreach (var note in result.Notes)
            {
                text.Append(note);
            }
        }
        else
        {
            text.Append(fee.Lead).Append("为 ").Append(Yuan.Format(result.Total)).Append(" 元。\n计算：");
            text.Append(result.Lines.Count == 1 ? result.Lines[0].Working : result.Working).Append('。');
            foreach (var note in result.Notes)
            {
                text.Append(note);
            }
        }

        if (fee.Assumption is { } assumption)
        {
            text.Append('（').Append(assumption).Append("。）");
        }

        return text.Append('\n').Append(Citation(source, effective)).ToString();
    }

    public static string FromRegister(string answer, HandbookEntry? entry) =>
        entry is null ? answer : answer + "\n" + Citation(entry.Source, entry.Effective);

    public static string DontKnow(string hotline) =>
        "抱歉，这个问题手册里暂时没有明确的答复。我已转给工作人员，30 分钟内会有专人回复您；"
        + $"如有急事，请拨打 24 小时服务热线 {hotline}。";
}
