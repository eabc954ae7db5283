namespace ConciergeBot.Knowledge.Fees;

/// <summary>The fee standard (收费标准): items and adjustments, effective from a date. Immutable; a reload builds a new one.</summary>
public sealed record FeeTable(string Title, DateOnly Effective, IReadOnlyList<FeeItem> Items, IReadOnlyList<FeeAdjustment> Adjustments)
{
    /// <summary>Item and adjustment ids the calculator relies on; a file lacking one is rejected on load.</summary>
    internal static readonly string[] RequiredItems =
    [
        FeeIds.Property, FeeIds.Lift, FeeIds.HouseholdWaste, FeeIds.ParkingRent, FeeIds.ParkingOwned, FeeIds.ParkingVisitor,
        FeeIds.EbikeCharging, FeeIds.RenovationDeposit, FeeIds.RenovationWaste,
    ];

    internal static readonly string[] RequiredAdjustments = [FeeIds.AnnualPrepayment, FeeIds.Vacancy, FeeIds.Late];

    public FeeItem Item(string id) =>
        Items.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal))
        ?? throw new KnowledgeDataException($"fees.json: no item '{id}'.");

    public FeeAdjustment Adjustment(string id) =>
        Adjustments.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal))
        ?? throw new KnowledgeDataException($"fees.json: no adjustment '{id}'.");

    /// <summary>Paid in-home repairs (items whose id starts with "repair.").</summary>
    public IEnumerable<FeeItem> Repairs => Items.Where(i => i.Id.StartsWith("repair.", StringComparison.Ordinal));

    /// <summary>Loads and validates <c>fees.json</c> from <paramref name="dataDirectory"/>.</summary>
    public static FeeTable Load(string dataDirectory)
    {
        var table = KnowledgeJson.Read(Path.Combine(dataDirectory, "fees.json"), KnowledgeJson.Default.FeeTable);
        var missing = RequiredItems.Where(id => !table.Items.Any(i => i.Id == id))
            .Concat(RequiredAdjustments.Where(id => !table.Adjustments.Any(a => a.Id == id)))
            .ToList();
        if (missing.Count > 0)
        {
            throw new KnowledgeDataException($"fees.json: missing {string.Join(", ", missing)}.");
        }

        var bad = table.Items.FirstOrDefault(i => i.Price is < 0 || (i.PriceByKind?.Values.Any(p => p < 0) ?? false))?.Id
            ?? table.Adjustments.FirstOrDefault(a => a.Rate is < 0 or > 1)?.Id;
        if (bad is not null)
        {
            throw new KnowledgeDataException($"fees.json: '{bad}' has a negative price or a rate outside 0–1.");
        }

        return table;
    }
}
