namespace ConciergeBot.Tests.Harness;

/// <summary>A fresh directory under the system temp folder for one test's database.</summary>
public static class TempDirectory
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "conciergebot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
