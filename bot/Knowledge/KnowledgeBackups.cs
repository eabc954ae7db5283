using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Storage;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Knowledge;

/// <summary>
/// Keeps at least two backup copies of the handbook and the estate data (the service standard's knowledge upkeep):
/// every version that loads — at start and after each accepted edit — is zipped into two folders, the data
/// directory's <c>backups/knowledge</c> and <c>Estate:SecondBackupPath</c> (by default <c>backups/knowledge-copy</c>;
/// point it at another disk). An unchanged version is not stored again; the newest 24 versions are kept.
/// </summary>
internal sealed partial class KnowledgeBackups(
    KnowledgeStore store, IOptions<EstateOptions> estate, IOptions<StorageOptions> storage, TimeProvider time, ILogger<KnowledgeBackups> logger) : BackgroundService
{
    private const int Keep = 24;
    private readonly Lock _gate = new();

    public IReadOnlyList<string> Folders { get; } =
    [
        Path.GetFullPath(Path.Combine(storage.Value.DataDirectory, "backups", "knowledge")),
        Path.GetFullPath(estate.Value.SecondBackupPath is { Length: > 0 } second
            ? second
            : Path.Combine(storage.Value.DataDirectory, "backups", "knowledge-copy")),
    ];

    /// <summary>Backs up the version loaded at start off the start-up path, then every version a reload accepts.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        store.Reloaded += OnReloaded;
        stoppingToken.Register(() => store.Reloaded -= OnReloaded);
        return Task.Run(BackUp, stoppingToken);
    }

    private void OnReloaded(object? sender, KnowledgeSnapshot snapshot) => BackUp();

    /// <summary>Writes the current files to both folders unless this exact content is already there; returns the file name.</summary>
    public string? BackUp()
    {
        lock (_gate)
        {
            try
            {
                var sources = new[] { ("data", estate.Value.ResolveDataPath()), ("handbook", estate.Value.ResolveHandbookPath()) };
                var files = sources
                    .SelectMany(s => Directory.EnumerateFiles(s.Item2, "*", SearchOption.AllDirectories)
                        .Select(path => (Entry: $"{s.Item1}/{Path.GetRelativePath(s.Item2, path).Replace('\\', '/')}", Path: path)))
                    .OrderBy(f => f.Entry, StringComparer.Ordinal)
                    .Select(f => (f.Entry, Bytes: File.ReadAllBytes(f.Path)))
                    .ToList();
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                foreach (var (entry, bytes) in files)
                {
                    sha.AppendData(bytes);
                    sha.AppendData(System.Text.Encoding.UTF8.GetBytes(entry));
                }

                var hash = Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
                var name = $"knowledge-{time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{hash}.zip";
                foreach (var folder in Folders)
                {
                    Directory.CreateDirectory(folder);
                    if (Directory.EnumerateFiles(folder, $"knowledge-*-{hash}.zip").Any())
                    {
                        continue;
                    }

                    var temporary = Path.Combine(folder, name + ".tmp");
                    using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
                    {
                        foreach (var (entry, bytes) in files)
                        {
                            using var stream = zip.CreateEntry(entry, CompressionLevel.Optimal).Open();
                            stream.Write(bytes);
                        }
                    }

                    File.Move(temporary, Path.Combine(folder, name), overwrite: true);
                    foreach (var old in Directory.EnumerateFiles(folder, "knowledge-*.zip").OrderDescending(StringComparer.Ordinal).Skip(Keep))
                    {
                        File.Delete(old);
                    }
                }

                LogBackedUp(logger, name, Folders.Count);
                return name;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                LogFailed(logger, e);
                return null;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handbook and estate data backed up as {Name} in {Count} folders")]
    private static partial void LogBackedUp(ILogger logger, string name, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not back up the handbook and estate data")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
