namespace ConciergeBot.Dialogs.Understanding.Entities;

/// <summary>Keeps non-overlapping entities: the more specific type first, then the longer match, then the earlier.</summary>
internal static class OverlapResolver
{
    public static IReadOnlyList<RecognizedEntity> Resolve(List<RecognizedEntity> candidates)
    {
        if (candidates.Count <= 1)
        {
            return candidates;
        }

        candidates.Sort(static (a, b) =>
        {
            int byRank = Rank(b.Type).CompareTo(Rank(a.Type));
            if (byRank != 0)
            {
                return byRank;
            }

            int byLength = b.Length.CompareTo(a.Length);
            return byLength != 0 ? byLength : a.Start.CompareTo(b.Start);
        });

        var kept = new List<RecognizedEntity>(candidates.Count);
        foreach (RecognizedEntity candidate in candidates)
        {
            if (!kept.Exists(k => k.Start < candidate.End && candidate.Start < k.End))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>Specificity: addresses and phone numbers, then time, then amounts, then percentages, then numbers.</summary>
    public static int Rank(string type) => type switch
    {
        EntityTypes.Room or EntityTypes.Phone => 6,
        EntityTypes.DateTime or EntityTypes.Date or EntityTypes.Time or EntityTypes.Duration => 5,
        EntityTypes.Money or EntityTypes.Area => 4,
        EntityTypes.Percent => 3,
        _ => 1,
    };
}
