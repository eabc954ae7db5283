namespace ConciergeBot.Tests.Dialogs.Understanding;

/// <summary>Finds files the tests read in place: npm packages under node_modules and the team's shared data.</summary>
internal static class RepoFiles
{
    /// <summary>The repository root: the nearest directory above the test binaries holding ConciergeBot.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>
    /// The team's shared directory (eval sets, specs): the first <c>shared</c> folder with an <c>eval</c> folder
    /// walking up from the test binaries, else a sibling <c>../shared</c> of the repository root.
    /// </summary>
    public static string SharedDirectory { get; } = FindShared();

    public static string NodeModule(string relativePath)
    {
        string path = Path.Combine(RepoRoot, "node_modules", relativePath);
        return File.Exists(path) ? path
            : throw new FileNotFoundException($"{path} is missing: the build installs npm packages into node_modules (npm ci).");
    }

    public static string Shared(string relativePath)
    {
        string path = Path.Combine(SharedDirectory, relativePath);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Shared data file {path} is missing.");
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

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "eval")))
            {
                return candidate;
            }
        }

        string sibling = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(Path.Combine(sibling, "eval")) ? sibling
            : throw new DirectoryNotFoundException(
                $"The shared data directory (shared/eval) was found neither above {AppContext.BaseDirectory} nor at {sibling}.");
    }
}
