using ConciergeBot.Knowledge.Handbook;

namespace ConciergeBot.Knowledge.Search;

/// <summary>The ranked hits for a question; <see cref="Known"/> is false when even the best is below the threshold ("don't know").</summary>
public sealed record HandbookSearchResult(IReadOnlyList<SearchHit> Hits, double Threshold)
{
    public HandbookEntry? Best => Hits.Count > 0 ? Hits[0].Entry : null;

    public double Score => Hits.Count > 0 ? Hits[0].Score : 0;

    public bool Known => Hits.Count > 0 && Hits[0].Score >= Threshold;
}
