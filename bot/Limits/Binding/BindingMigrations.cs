using ConciergeBot.Storage;

namespace ConciergeBot.Limits.Binding;

/// <summary>The binding lock-outs' tables (version 300: the limits' range, 300–399).</summary>
internal static class BindingMigrations
{
    public static readonly Migration Locks = new(300, "binding failures and lock-outs", """
        -- One row per wrong answer per flat it was tried on (attempt: shared by the rows of one answer); the counts of
        -- the last Limits:Binding:Window are read from it.
        CREATE TABLE binding_failures (
            id INTEGER PRIMARY KEY,
            attempt INTEGER NOT NULL,
            user_key TEXT NOT NULL,
            flat TEXT NOT NULL,
            at INTEGER NOT NULL
        );
        CREATE INDEX binding_failures_by_flat ON binding_failures (flat, user_key, at);
        CREATE INDEX binding_failures_by_user ON binding_failures (user_key, at);
        -- A lock-out of one user on one flat, of a flat (user_key NULL) or of a user (flat NULL). Rows are kept: who
        -- lifted one, when and why is the audit of that staff act.
        CREATE TABLE binding_locks (
            id INTEGER PRIMARY KEY,
            user_key TEXT,
            flat TEXT,
            failures INTEGER NOT NULL,
            locked_at INTEGER NOT NULL,
            until INTEGER NOT NULL,
            lifted_at INTEGER,
            lifted_by TEXT,
            lift_reason TEXT,
            CHECK (user_key IS NOT NULL OR flat IS NOT NULL)
        );
        CREATE INDEX binding_locks_in_force ON binding_locks (until) WHERE lifted_at IS NULL;
        """);
}
