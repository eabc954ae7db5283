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

    /// <summary>
    /// Direct Line log rows older than <see cref="RetentionOptions.DirectLineActivities"/>, except those of conversations
    /// on hold. The conversation remembers the last sequence number pruned (<c>pruned_seq</c>), so the watermark goes on
    /// from there and no number is used twice; the conversation itself stays (proactive messages still reach it).
    /// </summary>
    public static RetentionRule LogRetention { get; } = new("directline", o => o.DirectLineActivities, """
        UPDATE directline_conversations
           SET pruned_seq = MAX(pruned_seq, (SELECT MAX(seq) FROM directline_activities a
                                             WHERE a.conversation_id = directline_conversations.id AND a.created_at < $cutoff))
         WHERE id IN (SELECT conversation_id FROM directline_activities
                      WHERE created_at < $cutoff
                        AND conversation_id NOT IN (SELECT conversation_id FROM retention_holds WHERE channel_id = 'directline')
                      LIMIT $batch);
        DELETE FROM directline_activities
         WHERE created_at < $cutoff
           AND seq <= (SELECT pruned_seq FROM directline_conversations c WHERE c.id = directline_activities.conversation_id);
        """);

    /// <summary>Retention: the log by age, and the last sequence number pruned (the watermark goes on from it).</summary>
    public static readonly Migration Retention = new(250, "directline log retention", """
        ALTER TABLE directline_conversations ADD COLUMN pruned_seq INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX directline_activities_by_created ON directline_activities (created_at);
        """);
}
