using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Knowledge.Fees;

/// <summary>What to compute for a flat or shop: which of property/lift fee, for how many months, with which reductions.</summary>
/// <param name="AnnualPrepayment">Whole year paid by 31 January: 5% off the property fee (only when <paramref name="Months"/> is 12).</param>
/// <param name="Vacant">Approved vacant-flat reduction: 70% of the property fee.</param>
public sealed record PropertyFeeQuery(
    decimal AreaSqm,
    BuildingKind Kind,
    int Months,
    bool IncludeProperty = true,
    bool IncludeLift = false,
    bool AnnualPrepayment = false,
    bool Vacant = false);
