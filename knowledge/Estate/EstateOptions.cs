namespace ConciergeBot.Knowledge.Estate;

/// <summary>The <c>Estate</c> configuration section.</summary>
public sealed class EstateOptions
{
    public const string SectionName = "Estate";

    /// <summary>
    /// Folder holding estate.json, owners.json, roster.json and fees.json (key <c>Estate:DataPath</c>).
    /// Relative paths are resolved against the application folder; empty means the shipped <c>Data</c> folder.
    /// </summary>
    public string? DataPath { get; set; }

    /// <summary>Folder of the handbook Markdown files (key <c>Estate:HandbookPath</c>); empty means the shipped <c>Handbook</c> folder.</summary>
    public string? HandbookPath { get; set; }

    /// <summary>
    /// The second folder every loaded version is backed up into (key <c>Estate:SecondBackupPath</c>; put it on another
    /// disk); empty means <c>backups/knowledge-copy</c> in the data directory.
    /// </summary>
    public string? SecondBackupPath { get; set; }

    public string ResolveDataPath() => Resolve(DataPath, "Data");

    public string ResolveHandbookPath() => Resolve(HandbookPath, "Handbook");

    private static string Resolve(string? configured, string shipped) =>
        string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, shipped)
            : Path.GetFullPath(configured, AppContext.BaseDirectory);
}
