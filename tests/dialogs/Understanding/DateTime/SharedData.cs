namespace ConciergeBot.Tests.Dialogs.Understanding.Temporal;

/// <summary>
/// Locates the team's shared folder (evaluation sets, conformance specs) without copying it: walks up from the
/// test binaries looking for <c>shared/&lt;sub&gt;</c>, and also tries <c>../shared</c> beside the repository root.
/// </summary>
internal static class SharedData
{
    public static string Directory(string relative)
    {
        var tried = new List<string>();
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", relative), Path.Combine(dir.FullName, "..", "shared", relative) })
            {
                tried.Add(candidate);
                if (System.IO.Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"The shared data folder 'shared/{relative}' was not found. It is expected next to the repository " +
            $"(../shared) or in a parent folder. Tried: {string.Join(", ", tried.Distinct().Take(6))} …");
    }

    public static string File(string relativeDirectory, string name)
    {
        var path = Path.Combine(Directory(relativeDirectory), name);
        return System.IO.File.Exists(path) ? path : throw new FileNotFoundException($"Shared data file missing: {path}", path);
    }
}
