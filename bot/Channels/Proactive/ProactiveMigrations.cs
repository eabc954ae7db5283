using ConciergeBot.Storage;

namespace ConciergeBot.Channels.Proactive;

/// <summary>
/// Where proactive messages go: the latest conversation reference per conversation (and so per user). Owner updates
/// once had a queue of their own (203); 205 moves its rows into the one outbox and drops it.
/// </summary>
internal static class ProactiveMigrations
{
    public static readonly Migration References = new(202, "conversation references for proactive messages", """
        CREATE TABLE conversation_references (
            channel_id      TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            user_id         TEXT NOT NULL,
            json            TEXT NOT NULL,
            updated_at      INTEGER NOT NULL,
            PRIMARY KEY (channel_id, conversation_id)
        ) WITHOUT ROWID;
        CREATE INDEX conversation_references_by_user ON conversation_references (user_id, updated_at);
        """);

    public static readonly Migration OwnerUpdates = new(203, "owner updates queue", """
        CREATE TABLE owner_updates (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id        INTEGER NOT NULL,
            part            INTEGER NOT NULL,
            ticket_id       INTEGER NOT NULL,
            ticket_number   TEXT NOT NULL,
            kind            TEXT NOT NULL,
            user_id         TEXT NOT NULL,
            reference       TEXT NULL,
            text            TEXT NOT NULL,
            choices         TEXT NULL,
            created_at      INTEGER NOT NULL,
            next_attempt_at INTEGER NOT NULL,
            attempts        INTEGER NOT NULL DEFAULT 0,
            sent_at         INTEGER NULL,
            failed_at       INTEGER NULL,
            last_error      TEXT NULL,
            UNIQUE (event_id, part)
        );
        CREATE INDEX owner_updates_due ON owner_updates (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
        CREATE TABLE owner_update_cursor (
            id            INTEGER PRIMARY KEY CHECK (id = 1),
            last_event_id INTEGER NOT NULL
        );
        -- Updates start from now: a deployment that already has tickets does not replay their history to owners.
        INSERT INTO owner_update_cursor (id, last_event_id) VALUES (1, COALESCE((SELECT MAX(id) FROM ticket_events), 0));
        """);

    public static readonly Migration OwnerUpdatesIntoOutbox = new(205, "owner updates move into the outbox", """
        -- Every row keeps its text, reference, choices and delivery state; ids are offset past the outbox's own.
        CREATE TEMP TABLE owner_update_ids AS SELECT COALESCE((SELECT MAX(id) FROM outbox), 0) AS base;
        INSERT INTO outbox (id, ticket_id, ticket_number, kind, level, recipient, recipient_id, text, due_at, stage, created_at, payload)
            SELECT (SELECT base FROM owner_update_ids) + u.id, u.ticket_id, u.ticket_number, u.kind, 'owner', u.user_id, u.user_id, u.text,
                   NULL, NULL, u.created_at, json_object('reference', json(u.reference), 'choices', json(u.choices))
            FROM owner_updates u ORDER BY u.id;
        INSERT INTO outbox_deliveries (outbox_id, channel, attempts, next_attempt_at, sent_at, failed_at, last_error)
            SELECT (SELECT base FROM owner_update_ids) + u.id, 'owner', u.attempts, u.next_attempt_at, u.sent_at, u.failed_at, u.last_error
            FROM owner_updates u;
        DROP TABLE owner_update_ids;
        DROP TABLE owner_updates;
        DROP TABLE owner_update_cursor;
        """);
}
