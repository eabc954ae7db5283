namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Locates the shared evaluation sets (<c>shared/eval</c>): walking up from the test binaries, each ancestor's
/// <c>shared/eval</c> and its sibling <c>../shared/eval</c> are tried. Fails with a clear message when missing.
/// </summary>
internal static class EvaluationData
{
    public static string PathOf(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "eval"), Path.Combine(dir.FullName, "..", "shared", "eval") })
            {
                var path = Path.Combine(candidate, fileName);
                if (File.Exists(path))
                {
                    return Path.GetFullPath(path);
                }
            }
        }

        throw new FileNotFoundException(
            $"Evaluation file '{fileName}' not found: expected a 'shared/eval' folder above {AppContext.BaseDirectory} or beside the repository root.");
    }
}
