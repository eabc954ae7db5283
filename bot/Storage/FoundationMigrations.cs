namespace ConciergeBot.Storage;

/// <summary>The foundation's tables: conversation/user state with ETags, the transcript, and the activities already processed.</summary>
internal static class FoundationMigrations
{
    /// <summary>Transcript lines older than <see cref="RetentionOptions.Transcripts"/>, except those of conversations on hold.</summary>
    public static RetentionRule TranscriptRetention { get; } = new("transcript", o => o.Transcripts, """
        DELETE FROM transcript WHERE id IN (
            SELECT id FROM transcript
            WHERE at < $cutoff
              AND conversation NOT IN (SELECT 'conversation/' || channel_id || '/' || conversation_id FROM retention_holds)
            ORDER BY at LIMIT $batch)
        """);

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
        new(2, "processed activities for exactly-once turns", """
            CREATE TABLE processed_activities (
                channel_id      TEXT    NOT NULL,
                conversation_id TEXT    NOT NULL,
                activity_id     TEXT    NOT NULL,
                replies         TEXT    NOT NULL,
                processed_at    INTEGER NOT NULL,
                PRIMARY KEY (channel_id, conversation_id, activity_id)
            ) WITHOUT ROWID;
            CREATE INDEX processed_activities_by_age ON processed_activities (processed_at);
            """),
        // Numbered apart from the neighbours other work may take; applied in version order like any other.
        new(50, "transcript by time, for retention", """
            CREATE INDEX transcript_by_at ON transcript (at);
            """),
    ];
}
