namespace ConciergeBot.Storage;

/// <summary>The foundation's tables: conversation/user state with ETags, and the transcript.</summary>
internal static class FoundationMigrations
{
    public static IEnumerable<Migration> All { get; } =
    [
        new(1, "bot state and transcript", """
            CREATE TABLE bot_state (
                key TEXT PRIMARY KEY,
                json TEXT NOT NULL,
                etag INTEGER NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE TABLE transcript (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation TEXT NOT NULL,
                outbound INTEGER NOT NULL,
                activity TEXT NOT NULL,
                at TEXT NOT NULL
            );
            CREATE INDEX transcript_by_conversation ON transcript (conversation, id);
            """),
    ];
}
