using System.ComponentModel.DataAnnotations;

namespace ConciergeBot.Storage;

/// <summary>The <c>Storage</c> section: where the database lives.</summary>
public sealed class StorageOptions
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
}
