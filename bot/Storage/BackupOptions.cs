namespace ConciergeBot.Storage;

/// <summary><c>Storage:Backup</c>: the scheduled online backups of the database.</summary>
public sealed class BackupOptions
{
    public const string Section = "Storage:Backup";

    /// <summary>The folder the backups go to; empty means <c>backups/database</c> in the data directory. Put it on another disk.</summary>
    public string Path { get; set; } = "";

    /// <summary>How many backups are kept (the newest).</summary>
    public int Keep { get; set; } = 14;

    /// <summary>When a backup is taken: a Quartz cron expression in Beijing time (default 04:00 every day, after the retention run).</summary>
    public string Schedule { get; set; } = "0 0 4 * * ?";
}
