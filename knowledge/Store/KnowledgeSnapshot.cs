using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Fees;
using ConciergeBot.Knowledge.Handbook;
using ConciergeBot.Knowledge.Search;

namespace ConciergeBot.Knowledge.Store;

/// <summary>
/// One consistent version of everything the knowledge folder holds: register, roster, fee table, handbook and its
/// search index. Readers take <see cref="KnowledgeStore.Current"/> once per question and use it throughout.
/// </summary>
public sealed class KnowledgeSnapshot : IDisposable
{
    internal KnowledgeSnapshot(EstateData estate, FeeTable fees, HandbookContent handbook, HandbookSearch search, int version, DateTimeOffset loadedAt)
    {
        Estate = estate;
        Fees = fees;
        Calculator = new FeeCalculator(fees);
        Handbook = handbook;
        Search = search;
        Version = version;
        LoadedAt = loadedAt;
    }

    public EstateData Estate { get; }

    public EstateRegister Register => Estate.Register;

    public Roster Roster => Estate.Roster;

    public FeeTable Fees { get; }

    public FeeCalculator Calculator { get; }

    public HandbookContent Handbook { get; }

    public HandbookSearch Search { get; }

    /// <summary>1 for the first load, incremented by every successful reload.</summary>
    public int Version { get; }

    public DateTimeOffset LoadedAt { get; }

    /// <summary>Reads and validates every file; throws <see cref="KnowledgeDataException"/> naming the first bad file.</summary>
    public static KnowledgeSnapshot Load(string dataPath, string handbookPath, TimeProvider time, int version = 1, double searchThreshold = HandbookSearch.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(time);
        var estate = EstateData.Load(dataPath);
        var fees = FeeTable.Load(dataPath);
        var synonyms = SynonymTable.Load(dataPath);
        var handbook = HandbookContent.Load(handbookPath);
        var search = HandbookSearch.Build(handbook.Entries, synonyms, estate.Register.Profile.Name, searchThreshold);
        return new KnowledgeSnapshot(estate, fees, handbook, search, version, time.GetUtcNow());
    }

    public void Dispose() => Search.Dispose();
}
