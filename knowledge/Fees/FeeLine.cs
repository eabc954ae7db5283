namespace ConciergeBot.Knowledge.Fees;

/// <summary>One computed line with its working, e.g. 物业服务费: "2.80 元/㎡·月 × 128 ㎡ × 12 个月 = 4,300.80 元".</summary>
public sealed record FeeLine(string Label, string Working, decimal Amount)
{
    public override string ToString() => $"{Label}：{Working}";
}
