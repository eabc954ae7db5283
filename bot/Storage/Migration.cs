namespace ConciergeBot.Storage;

/// <summary>
/// One versioned schema change, applied once, in version order, at start-up, inside a transaction.
/// Versions: 1–99 foundation, 100–199 tickets, 200–299 channels, 300–399 limits.
/// </summary>
public sealed record Migration(int Version, string Name, string Sql);
