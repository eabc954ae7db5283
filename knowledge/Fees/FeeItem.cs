using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Knowledge.Fees;

/// <summary>One line of the fee table: a flat price, or a price per building kind, with its unit and cycle.</summary>
/// <param name="Id">Stable id ("property", "lift", "parking.visitor").</param>
/// <param name="Limits">Numeric rules of the item (free hours, daily cap, due day, ...).</param>
public sealed record FeeItem(
    string Id,
    string Name,
    string Unit,
    string Cycle,
    decimal? Price = null,
    IReadOnlyDictionary<BuildingKind, decimal>? PriceByKind = null,
    IReadOnlyDictionary<string, decimal>? Limits = null)
{
    /// <summary>The price for a kind of premises; null when the item does not apply (lift fee for garden flats).</summary>
    public decimal? PriceFor(BuildingKind kind) => PriceByKind is null ? Price : PriceByKind.TryGetValue(kind, out var p) ? p : null;

    public decimal Limit(string name) =>
        Limits is not null && Limits.TryGetValue(name, out var value)
            ? value
            : throw new KnowledgeDataException($"fees.json: item '{Id}' lacks the limit '{name}'.");
}
