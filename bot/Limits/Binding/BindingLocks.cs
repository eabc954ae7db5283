using System.Text.Json;
using ConciergeBot.Dialogs.Requests.Binding;
using ConciergeBot.Storage;
using ConciergeBot.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Limits.Binding;

/// <summary>
/// The binding guard over SQLite (<c>Limits:Binding</c>): every wrong answer is a row; within the window, too many of
/// one user on one flat lock that pair, too many on one flat (from anyone) lock the flat, too many of one user (on
/// any flats) lock the user — each for <see cref="BindingLimits.LockOut"/>, across restarts. Lifting a lock-out (staff)
/// keeps its row with who, when and why, and forgets the wrong answers it counted, so the owner starts afresh.
/// </summary>
internal sealed partial class BindingLocks(SqliteDatabase database, IOptions<LimitsOptions> options, TimeProvider time, ILogger<BindingLocks> logger)
    : IBindingGuard
{
    private BindingLimits Limits => options.Value.Binding;

    /// <summary>A lock-out in force that concerns this user on these flats: theirs on one of them, one of the flats', or the user's.</summary>
    private const string InForce = """
        lifted_at IS NULL AND until > $now
        AND ((flat IN (SELECT value FROM json_each($flats)) AND (user_key IS NULL OR user_key = $user))
             OR (flat IS NULL AND user_key = $user))
        """;

    public async Task<DateTimeOffset?> LockedUntilAsync(string user, IReadOnlyList<string> flats, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await UntilAsync(connection, null, user, flats, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    public Task<DateTimeOffset?> FailedAsync(string user, IReadOnlyList<string> flats, CancellationToken cancellationToken) =>
        database.WriteAsync(async (c, t) =>
        {
            var now = time.GetUtcNow();
            var since = Db.Ms(now - Limits.Window);
            // One answer tried on two candidate flats (3栋1202 without the unit) is one attempt: its rows share a number.
            var attempt = await Db.ScalarAsync(c, t, "SELECT COALESCE(MAX(id), 0) + 1 FROM binding_failures", cancellationToken).ConfigureAwait(false);
            foreach (var flat in flats)
            {
                await Db.ExecuteAsync(c, t, "INSERT INTO binding_failures (attempt, user_key, flat, at) VALUES ($attempt, $user, $flat, $at)", cancellationToken,
                    ("$attempt", attempt), ("$user", user), ("$flat", flat), ("$at", Db.Ms(now))).ConfigureAwait(false);
                var pair = await Db.ScalarAsync(c, t, "SELECT COUNT(*) FROM binding_failures WHERE flat = $flat AND user_key = $user AND at > $since",
                    cancellationToken, ("$flat", flat), ("$user", user), ("$since", since)).ConfigureAwait(false);
                await LockIfOverAsync(c, t, user, flat, pair, Limits.PerPair, now, cancellationToken).ConfigureAwait(false);
                var flatWide = await Db.ScalarAsync(c, t, "SELECT COUNT(*) FROM binding_failures WHERE flat = $flat AND at > $since",
                    cancellationToken, ("$flat", flat), ("$since", since)).ConfigureAwait(false);
                await LockIfOverAsync(c, t, null, flat, flatWide, Limits.PerFlat, now, cancellationToken).ConfigureAwait(false);
            }

            var userWide = await Db.ScalarAsync(c, t, "SELECT COUNT(DISTINCT attempt) FROM binding_failures WHERE user_key = $user AND at > $since",
                cancellationToken, ("$user", user), ("$since", since)).ConfigureAwait(false);
            await LockIfOverAsync(c, t, user, null, userWide, Limits.PerUser, now, cancellationToken).ConfigureAwait(false);
            return await UntilAsync(c, t, user, flats, now, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Lock-outs, newest first: those in force, or (<paramref name="all"/>) every one, lifted and run out included.</summary>
    public async Task<IReadOnlyList<BindingLock>> ListAsync(bool all, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Db.Command(connection, null, $"""
            SELECT {Columns} FROM binding_locks
            {(all ? "" : "WHERE lifted_at IS NULL AND until > $now")}
            ORDER BY id DESC LIMIT 500
            """, ("$now", Db.Ms(time.GetUtcNow())));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var locks = new List<BindingLock>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            locks.Add(Read(reader));
        }

        return locks;
    }

    /// <summary>
    /// Lifts a lock-out in force (a staff act: who, when and why stay on its row) and forgets the wrong answers it
    /// counted. Null when there is no such lock-out; <c>false</c> when it was lifted or had run out already.
    /// </summary>
    public Task<(BindingLock? Lock, bool Lifted)> LiftAsync(long id, Actor actor, string reason, CancellationToken cancellationToken) =>
        database.WriteAsync<(BindingLock?, bool)>(async (c, t) =>
        {
            var now = time.GetUtcNow();
            var found = await FindAsync(c, t, id, cancellationToken).ConfigureAwait(false);
            if (found is null || found.LiftedAt is not null || found.Until <= now)
            {
                return (found, false);
            }

            await Db.ExecuteAsync(c, t, "UPDATE binding_locks SET lifted_at = $now, lifted_by = $actor, lift_reason = $reason WHERE id = $id",
                cancellationToken, ("$now", Db.Ms(now)), ("$actor", actor.Label), ("$reason", reason), ("$id", id)).ConfigureAwait(false);
            await Db.ExecuteAsync(c, t, """
                DELETE FROM binding_failures
                WHERE ($flat IS NULL OR flat = $flat) AND ($user IS NULL OR user_key = $user)
                """, cancellationToken, ("$flat", found.Flat), ("$user", found.User)).ConfigureAwait(false);
            LogLifted(logger, id, actor.Label);
            return (await FindAsync(c, t, id, cancellationToken).ConfigureAwait(false), true);
        }, cancellationToken);

    private async Task LockIfOverAsync(
        SqliteConnection c, SqliteTransaction t, string? user, string? flat, long failures, int allowed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (allowed <= 0 || failures < allowed)
        {
            return;
        }

        var live = await Db.ScalarAsync(c, t, """
            SELECT COUNT(*) FROM binding_locks
            WHERE lifted_at IS NULL AND until > $now AND user_key IS $user AND flat IS $flat
            """, cancellationToken, ("$now", Db.Ms(now)), ("$user", user), ("$flat", flat)).ConfigureAwait(false);
        if (live > 0)
        {
            return;
        }

        await Db.ExecuteAsync(c, t, """
            INSERT INTO binding_locks (user_key, flat, failures, locked_at, until) VALUES ($user, $flat, $failures, $now, $until)
            """, cancellationToken, ("$user", user), ("$flat", flat), ("$failures", failures), ("$now", Db.Ms(now)),
            ("$until", Db.Ms(now + Limits.LockOut))).ConfigureAwait(false);
        LogLocked(logger, flat is null ? "user" : user is null ? "flat" : "user and flat", flat ?? "*", failures);
    }

    private static async Task<DateTimeOffset?> UntilAsync(
        SqliteConnection c, SqliteTransaction? t, string user, IReadOnlyList<string> flats, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var command = Db.Command(c, t, $"SELECT MAX(until) FROM binding_locks WHERE {InForce}",
            ("$now", Db.Ms(now)), ("$user", user), ("$flats", JsonSerializer.Serialize(flats)));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long until ? Db.At(until) : null;
    }

    private const string Columns = "id, user_key, flat, failures, locked_at, until, lifted_at, lifted_by, lift_reason";

    private static async Task<BindingLock?> FindAsync(SqliteConnection c, SqliteTransaction t, long id, CancellationToken cancellationToken)
    {
        using var command = Db.Command(c, t, $"SELECT {Columns} FROM binding_locks WHERE id = $id", ("$id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    private static BindingLock Read(SqliteDataReader r) => new(
        r.GetInt64(0), Db.StringOrNull(r, 1), Db.StringOrNull(r, 2), r.GetInt32(3), Db.At(r.GetInt64(4)), Db.At(r.GetInt64(5)),
        Db.AtOrNull(r, 6), Db.StringOrNull(r, 7), Db.StringOrNull(r, 8));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Binding locked out ({Scope}, flat {Flat}) after {Failures} wrong answers")]
    private static partial void LogLocked(ILogger logger, string scope, string flat, long failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "Binding lock-out {Id} lifted by {Actor}")]
    private static partial void LogLifted(ILogger logger, long id, string actor);
}
