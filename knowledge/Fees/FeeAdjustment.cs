namespace ConciergeBot.Knowledge.Fees;

/// <summary>A discount, reduction or surcharge: annual prepayment 5% off, vacancy 70%, late fee per day.</summary>
/// <param name="Rate">The fraction: 0.05 off, 0.70 payable, 0.0003 per day.</param>
/// <param name="AppliesTo">Item ids it applies to (the annual discount applies to the property fee only).</param>
public sealed record FeeAdjustment(
    string Id,
    string Name,
    decimal Rate,
    IReadOnlyList<string> AppliesTo,
    string Condition,
    IReadOnlyDictionary<string, decimal>? Limits = null)
{
    public decimal Limit(string name) =>
        Limits is not null && Limits.TryGetValue(name, out var value)
            ? value
            : throw new KnowledgeDataException($"fees.json: adjustment '{Id}' lacks the limit '{name}'.");
}
