namespace ConciergeBot.Tests.Dialogs.Understanding;

/// <summary>
/// Finds files the tests read in place: npm packages under node_modules and the fixtures committed under
/// <c>tests/fixtures</c> (evaluation sets, Microsoft's recognizer specs). Nothing outside the repository is read.
/// </summary>
internal static class RepoFiles
{
    /// <summary>The repository root: the nearest directory above the test binaries holding ConciergeBot.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string NodeModule(string relativePath)
    {
        string path = Path.Combine(RepoRoot, "node_modules", relativePath);
        return File.Exists(path) ? path
            : throw new FileNotFoundException($"{path} is missing: the build installs npm packages into node_modules (npm ci).");
    }

    /// <summary>A file under <c>tests/fixtures</c>, e.g. <c>eval/kb-dev.jsonl</c> or <c>specs/recognizers-text/Number/NumberModel.json</c>.</summary>
    public static string Fixture(string relativePath)
    {
        string path = Path.Combine(RepoRoot, "tests", "fixtures", relativePath);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Test fixture {path} is missing.", path);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConciergeBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ConciergeBot.sln above {AppContext.BaseDirectory}.");
    }
}
