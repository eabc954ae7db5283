namespace ConciergeBot.Knowledge.Fees;

/// <summary>A computed fee: the total (rounded to the fen), the lines that make it up, and notes on the rules applied.</summary>
public sealed record FeeResult(string Subject, decimal Total, IReadOnlyList<FeeLine> Lines, IReadOnlyList<string> Notes)
{
    /// <summary>The working for display: each line, then the total when there is more than one line.</summary>
    public string Working
    {
        get
        {
            var text = string.Join("；", Lines.Select(l => l.ToString()));
            return Lines.Count > 1 ? $"{text}；合计 {Yuan.Format(Total)} 元" : text;
        }
    }
}
