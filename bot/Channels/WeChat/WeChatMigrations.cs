using ConciergeBot.Storage;

namespace ConciergeBot.Channels.WeChat;

/// <summary>The WeChat inbox: one row per push (by MsgId, or sender + time for events), so retries run one turn.</summary>
internal static class WeChatMigrations
{
    public static readonly Migration Inbox = new(201, "wechat inbox for retry de-duplication", """
        CREATE TABLE wechat_inbox (
            dedup_key   TEXT PRIMARY KEY,
            open_id     TEXT NOT NULL,
            state       TEXT NOT NULL CHECK (state IN ('processing', 'replied', 'deferred', 'sent', 'failed')),
            reply       TEXT NULL,
            received_at TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        ) WITHOUT ROWID;
        """);

    /// <summary>WeChat inbox rows (retry and replay records) received longer ago than <see cref="RetentionOptions.WeChatInbox"/>.</summary>
    public static RetentionRule InboxRule { get; } = new("wechat_inbox", o => o.WeChatInbox, """
        DELETE FROM wechat_inbox WHERE dedup_key IN (
            SELECT dedup_key FROM wechat_inbox WHERE received_at < $cutoff ORDER BY received_at LIMIT $batch)
        """);

    public static readonly Migration InboxRetention = new(251, "wechat inbox by age, for retention", """
        CREATE INDEX wechat_inbox_by_received ON wechat_inbox (received_at);
        """);
}
