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

    /// <summary>A fresh copy of the shipped estate data (roster, register, fees ...), for tests that edit it.</summary>
    public static string WithShippedEstateData()
    {
        var directory = Create();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data"), "*.json"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return directory;
    }
}
