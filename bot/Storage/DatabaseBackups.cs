using System.Diagnostics;
using System.Globalization;
using ConciergeBot.Knowledge.Calendar;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Storage;

/// <summary>
/// The second copy of the database the service standard asks for: an online backup (SQLite's backup API, a consistent
/// snapshot taken while turns go on) into <c>Storage:Backup:Path</c> (by default <c>backups/database</c> in the data
/// directory; point it at another disk), as <c>conciergebot-yyyyMMdd-HHmmss.db</c> (Beijing time) — one self-contained
/// file, checked with <c>quick_check</c> before it takes its name; the newest <c>Storage:Backup:Keep</c> are kept.
/// The Data Protection key ring is copied beside them (<c>keys</c>), so a restored service still reads the web chat's
/// cookies and tokens. Taken by a Quartz job on <c>Storage:Backup:Schedule</c> (<see cref="DatabaseBackupJob"/>).
/// Restore: copy a backup into a fresh data directory as <c>conciergebot.db</c>, copy <c>keys</c> beside it, start.
/// </summary>
internal sealed partial class DatabaseBackups(
    SqliteDatabase database, IDataProtectionProvider protection, IOptions<BackupOptions> options, IOptions<StorageOptions> storage, TimeProvider time,
    ILogger<DatabaseBackups> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Folder { get; } = System.IO.Path.GetFullPath(options.Value.Path is { Length: > 0 } path
        ? path
        : System.IO.Path.Combine(storage.Value.DataDirectory, "backups", "database"));

    /// <summary>Takes a backup now; returns its path, or null when it failed (the reason is logged).</summary>
    public async Task<string?> BackUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var watch = Stopwatch.StartNew();
            Directory.CreateDirectory(Folder);
            var name = $"conciergebot-{ChinaTime.ToLocal(time.GetUtcNow()).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.db";
            var temporary = System.IO.Path.Combine(Folder, name + ".tmp");
            File.Delete(temporary);
            await using (var source = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
            await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
            {
                await target.OpenAsync(cancellationToken).ConfigureAwait(false);
                source.BackupDatabase(target);
                // One file to copy back: the copy leaves write-ahead logging, which the service turns on again at start.
                var check = await ScalarAsync(target, "PRAGMA journal_mode = DELETE; PRAGMA quick_check;", cancellationToken).ConfigureAwait(false);
                if (check != "ok")
                {
                    throw new InvalidDataException($"the backup failed its check: {check}");
                }
            }

            var final = System.IO.Path.Combine(Folder, name);
            File.Move(temporary, final, overwrite: true);
            CopyKeys();
            foreach (var old in Directory.EnumerateFiles(Folder, "conciergebot-*.db").OrderDescending(StringComparer.Ordinal).Skip(Math.Max(1, options.Value.Keep)))
            {
                File.Delete(old);
            }

            var bytes = new FileInfo(final).Length;
            LogBackedUp(logger, final, bytes, watch.ElapsedMilliseconds);
            return final;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            LogFailed(logger, Folder, e);
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The Data Protection key ring, file by file (keys are only ever added; old ones still read old tokens). Protecting
    /// a byte first creates the ring if nothing has used it yet, so the copy holds the key later tokens are made with.
    /// </summary>
    private void CopyKeys()
    {
        _ = protection.CreateProtector("ConciergeBot.Backup").Protect([1]);
        var keys = DataProtectionKeys.Folder(storage.Value);
        if (!Directory.Exists(keys))
        {
            return;
        }

        var copy = System.IO.Path.Combine(Folder, "keys");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(keys, "*.xml"))
        {
            File.Copy(file, System.IO.Path.Combine(copy, System.IO.Path.GetFileName(file)), overwrite: true);
        }
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        string? last = null;
        do
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                last = reader.GetString(0);
            }
        }
        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
        return last;
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Database backed up to {Path} ({Bytes} bytes, {Milliseconds} ms)")]
    private static partial void LogBackedUp(ILogger logger, string path, long bytes, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not back up the database into {Folder}")]
    private static partial void LogFailed(ILogger logger, string folder, Exception exception);
}
