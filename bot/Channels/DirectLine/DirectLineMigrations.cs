using ConciergeBot.Storage;

namespace ConciergeBot.Channels.DirectLine;

/// <summary>Direct Line's tables: conversations and their activity log (the watermark is the log's sequence number).</summary>
internal static class DirectLineMigrations
{
    public static readonly Migration Conversations = new(200, "directline conversations and activity log", """
        CREATE TABLE directline_conversations (
            id          TEXT PRIMARY KEY,
            user_id     TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            started_at  TEXT NULL
        );
        CREATE TABLE directline_activities (
            conversation_id TEXT    NOT NULL REFERENCES directline_conversations(id),
            seq             INTEGER NOT NULL,
            activity_id     TEXT    NOT NULL,
            from_user       INTEGER NOT NULL,
            json            TEXT    NOT NULL,
            created_at      TEXT    NOT NULL,
            PRIMARY KEY (conversation_id, seq)
        ) WITHOUT ROWID;
        """);

    public static readonly Migration ProactiveKeys = new(204, "directline proactive de-duplication key", """
        ALTER TABLE directline_activities ADD COLUMN dedup_key TEXT NULL;
        CREATE UNIQUE INDEX directline_activities_dedup ON directline_activities (conversation_id, dedup_key) WHERE dedup_key IS NOT NULL;
        """);
}
