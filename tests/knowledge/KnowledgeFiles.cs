using ConciergeBot.Knowledge.Handbook;
using ConciergeBot.Knowledge.Search;
using ConciergeBot.Knowledge.Store;

namespace ConciergeBot.Tests.Knowledge;

/// <summary>The shipped knowledge files as copied beside the test assembly, loaded once.</summary>
internal static class KnowledgeFiles
{
    public static string DataPath { get; } = Path.Combine(AppContext.BaseDirectory, "Data");

    public static string HandbookPath { get; } = Path.Combine(AppContext.BaseDirectory, "Handbook");

    public static HandbookContent Handbook { get; } = HandbookContent.Load(HandbookPath);

    public static HandbookSearch Search { get; } = HandbookSearch.Build(Handbook.Entries, SynonymTable.Load(DataPath), "翠湖苑");

    public static KnowledgeSnapshot Snapshot { get; } = KnowledgeSnapshot.Load(DataPath, HandbookPath, TimeProvider.System);

    /// <summary>A writable copy of the shipped Data and Handbook folders in a fresh temp folder.</summary>
    public static DirectoryInfo CopyToTemp()
    {
        var root = Directory.CreateTempSubdirectory("knowledge");
        Copy(DataPath, Path.Combine(root.FullName, "Data"));
        Copy(HandbookPath, Path.Combine(root.FullName, "Handbook"));
        return root;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
