using ConciergeBot.Knowledge.Fees;

namespace ConciergeBot.Dialogs.Handbook;

/// <summary>A fee computed for a question: what was computed (lead), the result with its working, and the entry it rests on.</summary>
/// <param name="Lead">The subject, e.g. "8栋302（洋房，建筑面积 165㎡）一年的物业服务费".</param>
/// <param name="Result">The calculator's result.</param>
/// <param name="SourceId">Handbook entry of the fee rule applied ("fee.property", "fee.late").</param>
/// <param name="Assumption">What was assumed because the question did not say (period, building kind), or null.</param>
internal sealed record ComputedFee(string Lead, FeeResult Result, string SourceId, string? Assumption = null)
{
    /// <summary>Each line is a unit type with its own total (物业加电梯费 asked without a room): no grand total.</summary>
    public bool ByUnitType { get; init; }
}
