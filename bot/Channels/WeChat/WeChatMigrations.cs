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
}
