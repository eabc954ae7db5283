namespace ConciergeBot.Sla;

/// <summary>The <c>Sla:Revisit</c> section: which resolved tickets get a revisit (回访).</summary>
internal sealed class RevisitOptions
{
    /// <summary>Share of ordinary tickets selected at random; major complaints are always selected.</summary>
    public double Share { get; set; } = 0.5;

    /// <summary>Seed of the selection; with one, the choice for a given ticket number is reproducible.</summary>
    public int? Seed { get; set; }
}
