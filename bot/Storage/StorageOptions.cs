using System.ComponentModel.DataAnnotations;

namespace ConciergeBot.Storage;

/// <summary>The <c>Storage</c> section: where the database lives.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>Folder for the SQLite file and its backups; relative paths are from the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary><c>Sqlite</c> (one machine, the default) or <c>Postgres</c> (several nodes).</summary>
    [RegularExpression("^(Sqlite|Postgres)$")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Explicit connection string; empty means the SQLite file <c>conciergebot.db</c> in the data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// SQLite <c>synchronous</c> level. NORMAL (default) with WAL survives a killed process; FULL also survives
    /// power loss at the cost of an fsync per commit.
    /// </summary>
    [RegularExpression("^(NORMAL|FULL)$")]
    public string Synchronous { get; set; } = "NORMAL";

    /// <summary>
    /// The size the write-ahead log is cut back to (SQLite <c>journal_size_limit</c>); the maintenance loop truncates it
    /// once it grew past this (a burst of writes, a long read) and the retention run truncates it after pruning.
    /// </summary>
    [Range(1, 4096)]
    public int WalSizeLimitMB { get; set; } = 64;

    /// <summary>
    /// How long an inbound activity's id (with the replies it produced) is remembered, so a channel's retry of it
    /// gets the first answer instead of a second turn; older records are pruned by the maintenance job.
    /// </summary>
    public TimeSpan ProcessedActivityRetention { get; set; } = TimeSpan.FromHours(48);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ProcessedActivityRetention < TimeSpan.FromMinutes(1) || ProcessedActivityRetention > TimeSpan.FromDays(365))
        {
            yield return new ValidationResult("Storage:ProcessedActivityRetention must be between 00:01:00 and 365.00:00:00.",
                [nameof(ProcessedActivityRetention)]);
        }
    }
}
