using ConciergeBot.Storage;

namespace ConciergeBot.Tickets;

/// <summary>
/// The tickets' tables (versions 100–199). Instants are INTEGER Unix milliseconds (UTC); states and kinds are
/// the English enum names. The Quartz tables live in the same file, created by Quartz itself (qrtz_*).
/// </summary>
internal static class TicketMigrations
{
    /// <summary>
    /// Outbox rows older than <see cref="RetentionOptions.DeliveredOutbox"/> that every channel delivered, of a ticket
    /// that is closed or cancelled — or of no ticket (a turn's reply). Pending and failed deliveries stay (the failure
    /// view), and so does every ping of a ticket still open.
    /// </summary>
    public static RetentionRule DeliveredOutboxRetention { get; } = new("outbox", o => o.DeliveredOutbox, """
        CREATE TEMP TABLE IF NOT EXISTS outbox_pruned (id INTEGER PRIMARY KEY);
        DELETE FROM outbox_pruned;
        INSERT INTO outbox_pruned (id)
            SELECT o.id FROM outbox o LEFT JOIN tickets t ON t.id = o.ticket_id
            WHERE o.created_at < $cutoff
              AND (o.ticket_id IS NULL OR t.state IN ('Closed', 'Cancelled'))
              AND NOT EXISTS (SELECT 1 FROM outbox_deliveries d WHERE d.outbox_id = o.id AND d.sent_at IS NULL)
            ORDER BY o.id LIMIT $batch;
        DELETE FROM outbox_deliveries WHERE outbox_id IN (SELECT id FROM outbox_pruned);
        DELETE FROM outbox WHERE id IN (SELECT id FROM outbox_pruned);
        """, CutoffAsUnixMilliseconds: true);

    public static IEnumerable<Migration> All { get; } =
    [
        new(100, "tickets, clocks, timeline", """
            CREATE TABLE tickets (
                id INTEGER PRIMARY KEY,
                number TEXT NOT NULL UNIQUE,
                intent TEXT NOT NULL,
                severity TEXT,
                state TEXT NOT NULL,
                owner_id TEXT NOT NULL,
                owner_name TEXT,
                contact TEXT,
                channel TEXT,
                conversation TEXT,
                building INTEGER,
                unit INTEGER,
                room TEXT,
                location TEXT,
                description TEXT NOT NULL,
                assignee TEXT,
                appointment_at INTEGER,
                reopen_count INTEGER NOT NULL DEFAULT 0,
                breach_count INTEGER NOT NULL DEFAULT 0,
                escalation_level INTEGER NOT NULL DEFAULT 0,
                revisit_selected INTEGER,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            );
            CREATE INDEX tickets_by_owner ON tickets (owner_id, created_at);
            CREATE INDEX tickets_by_state ON tickets (state, created_at);
            CREATE INDEX tickets_by_building ON tickets (building, state);
            CREATE TABLE ticket_numbers (
                day TEXT PRIMARY KEY,
                last INTEGER NOT NULL
            );
            CREATE TABLE ticket_clocks (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER NOT NULL REFERENCES tickets (id),
                kind TEXT NOT NULL,
                target TEXT NOT NULL,
                status TEXT NOT NULL,
                started_at INTEGER NOT NULL,
                due_at INTEGER NOT NULL,
                budget_ms INTEGER NOT NULL,
                paused_at INTEGER,
                breached_at INTEGER,
                fulfilled_at INTEGER,
                fired INTEGER NOT NULL DEFAULT 0,
                next_stage_at INTEGER,
                provisional INTEGER NOT NULL DEFAULT 0,
                extended INTEGER NOT NULL DEFAULT 0,
                UNIQUE (ticket_id, kind)
            );
            CREATE INDEX ticket_clocks_next_stage ON ticket_clocks (next_stage_at) WHERE next_stage_at IS NOT NULL;
            CREATE TABLE ticket_events (
                id INTEGER PRIMARY KEY,
                ticket_id INTEGER NOT NULL REFERENCES tickets (id),
                clock_id INTEGER REFERENCES ticket_clocks (id),
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                kind TEXT NOT NULL,
                detail TEXT
            );
            CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id, id);
            CREATE TRIGGER ticket_events_append_only_update BEFORE UPDATE ON ticket_events
                BEGIN SELECT RAISE(ABORT, 'the ticket timeline is append-only'); END;
            CREATE TRIGGER ticket_events_append_only_delete BEFORE DELETE ON ticket_events
                BEGIN SELECT RAISE(ABORT, 'the ticket timeline is append-only'); END;
            """),
        new(101, "notification outbox", """
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                ticket_id INTEGER REFERENCES tickets (id),
                ticket_number TEXT NOT NULL,
                kind TEXT NOT NULL,
                level TEXT NOT NULL,
                recipient TEXT NOT NULL,
                recipient_id TEXT,
                text TEXT NOT NULL,
                due_at INTEGER,
                stage TEXT,
                created_at INTEGER NOT NULL
            );
            CREATE TABLE outbox_deliveries (
                outbox_id INTEGER NOT NULL REFERENCES outbox (id),
                channel TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                sent_at INTEGER,
                failed_at INTEGER,
                last_error TEXT,
                PRIMARY KEY (outbox_id, channel)
            );
            CREATE INDEX outbox_deliveries_pending ON outbox_deliveries (next_attempt_at)
                WHERE sent_at IS NULL AND failed_at IS NULL;
            """),
        new(102, "calendar overrides", """
            CREATE TABLE calendar_overrides (
                date TEXT PRIMARY KEY,
                working INTEGER NOT NULL,
                reason TEXT NOT NULL,
                actor TEXT NOT NULL,
                at INTEGER NOT NULL
            );
            """),
        new(103, "one outbox for every kind of message", """
            -- Owner updates and turn replies join the staff pings: what a single-channel message needs besides its text.
            ALTER TABLE outbox ADD COLUMN payload TEXT;
            """),
        new(104, "outbox priority", """
            -- OutboxPriority: 0 urgent, 1 normal, 2 routine; the sender picks due deliveries by priority, then age.
            ALTER TABLE outbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 1;
            """),
        new(150, "retention holds and the outbox by age", """
            -- The conversations whose ticket is not closed or cancelled: retention keeps everything of theirs.
            CREATE VIEW retention_holds AS
                SELECT DISTINCT json_extract(conversation, '$.channelId') AS channel_id,
                                json_extract(conversation, '$.conversation.id') AS conversation_id
                FROM tickets
                WHERE state NOT IN ('Closed', 'Cancelled') AND json_valid(conversation);
            CREATE INDEX outbox_by_created ON outbox (created_at);
            """),
    ];
}
