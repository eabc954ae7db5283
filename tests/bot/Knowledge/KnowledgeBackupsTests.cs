using System.IO.Compression;
using ConciergeBot.Knowledge;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Knowledge;

/// <summary>Two backup copies of the handbook and estate data, one per loaded version.</summary>
public sealed class KnowledgeBackupsTests
{
    [Fact]
    public async Task Each_version_is_zipped_into_two_folders_once()
    {
        var second = TempDirectory.Create();
        await using var host = await BotTestHost.StartAsync(settings: $"--Estate:SecondBackupPath={second}");
        var backups = host.Services.GetRequiredService<KnowledgeBackups>();

        var name = backups.BackUp();
        backups.BackUp(); // the same content again

        Assert.NotNull(name);
        Assert.Equal(second, backups.Folders[1]);
        foreach (var folder in backups.Folders)
        {
            var zip = Assert.Single(Directory.GetFiles(folder, "knowledge-*.zip"));
            using var archive = ZipFile.OpenRead(zip);
            Assert.Contains(archive.Entries, e => e.FullName == "handbook/rules/rule.quiet-hours.md");
            Assert.Contains(archive.Entries, e => e.FullName == "data/fees.json");
        }
    }
}
