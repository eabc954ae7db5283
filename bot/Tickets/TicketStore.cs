using System.Globalization;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Sla;
using ConciergeBot.Sla;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Tickets;

/// <summary>
/// The SQL of tickets, clocks and the timeline. Free text (description, place, timeline details — the owner's words,
/// staff notes and reasons) is written through <see cref="StoredText"/>, whichever door it came by. Every method works inside the caller's connection and
/// transaction, so one business step (a state change, its clock changes, its events and its pings) commits
/// or fails as one.
/// </summary>
internal static class TicketStore
{
    private const string TicketColumns = "id, " + TicketInsertColumns;

    private const string TicketInsertColumns = """
        number, intent, severity, state, owner_id, owner_name, contact, channel, conversation,
        building, unit, room, location, description, assignee, appointment_at, reopen_count, breach_count,
        escalation_level, revisit_selected, created_at, updated_at
        """;

    private const string ClockColumns = "id, " + ClockInsertColumns;

    private const string ClockInsertColumns = """
        ticket_id, kind, target, status, started_at, due_at, budget_ms, paused_at, breached_at, fulfilled_at,
        fired, next_stage_at, provisional, extended
        """;

    /// <summary>The next ticket number of the Beijing day of <paramref name="now"/>: 20261122-0007.</summary>
    public static async Task<string> NextNumberAsync(SqliteConnection c, SqliteTransaction t, DateTimeOffset now, CancellationToken ct)
    {
        var day = ChinaTime.DateOf(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var next = await Db.ScalarAsync(c, t, """
            INSERT INTO ticket_numbers (day, last) VALUES ($day, 1)
            ON CONFLICT (day) DO UPDATE SET last = last + 1
            RETURNING last
            """, ct, ("$day", day)).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"{day}-{next:D4}");
    }

    public static async Task<long> InsertTicketAsync(SqliteConnection c, SqliteTransaction t, Ticket ticket, CancellationToken ct) =>
        await Db.ScalarAsync(c, t, $"""
            INSERT INTO tickets ({TicketInsertColumns})
            VALUES ($number, $intent, $severity, $state, $owner, $name, $contact, $channel, $conversation,
                    $building, $unit, $room, $location, $description, $assignee, $appointment, $reopens, $breaches,
                    $level, $revisit, $created, $updated)
            RETURNING id
            """, ct,
            ("$number", ticket.Number), ("$intent", ticket.Intent), ("$severity", ticket.Severity),
            ("$state", ticket.State.ToString()), ("$owner", ticket.Owner.UserId), ("$name", ticket.Owner.Name),
            ("$contact", ticket.Owner.Contact), ("$channel", ticket.Owner.Channel), ("$conversation", ticket.Owner.Conversation),
            ("$building", ticket.Place.Building), ("$unit", ticket.Place.Unit), ("$room", ticket.Place.Room),
            ("$location", StoredText.Clean(ticket.Place.Location)), ("$description", StoredText.Clean(ticket.Description)), ("$assignee", ticket.Assignee),
            ("$appointment", Db.Ms(ticket.AppointmentAt)), ("$reopens", ticket.ReopenCount), ("$breaches", ticket.BreachCount),
            ("$level", (int)ticket.EscalationLevel), ("$revisit", ticket.RevisitSelected),
            ("$created", Db.Ms(ticket.CreatedAt)), ("$updated", Db.Ms(ticket.UpdatedAt))).ConfigureAwait(false);

    /// <summary>Writes the mutable fields of a ticket (state, assignee, appointment, counters, revisit choice).</summary>
    public static Task UpdateTicketAsync(SqliteConnection c, SqliteTransaction t, Ticket ticket, CancellationToken ct) =>
        Db.ExecuteAsync(c, t, """
            UPDATE tickets SET intent = $intent, state = $state, assignee = $assignee, appointment_at = $appointment, reopen_count = $reopens,
                breach_count = $breaches, escalation_level = $level, revisit_selected = $revisit, contact = $contact,
                building = $building, unit = $unit, room = $room, location = $location, description = $description,
                updated_at = $updated
            WHERE id = $id
            """, ct,
            ("$id", ticket.Id), ("$intent", ticket.Intent), ("$state", ticket.State.ToString()), ("$assignee", ticket.Assignee),
            ("$appointment", Db.Ms(ticket.AppointmentAt)), ("$reopens", ticket.ReopenCount), ("$breaches", ticket.BreachCount),
            ("$level", (int)ticket.EscalationLevel), ("$revisit", ticket.RevisitSelected), ("$contact", ticket.Owner.Contact),
            ("$building", ticket.Place.Building), ("$unit", ticket.Place.Unit), ("$room", ticket.Place.Room),
            ("$location", StoredText.Clean(ticket.Place.Location)), ("$description", StoredText.Clean(ticket.Description)), ("$updated", Db.Ms(ticket.UpdatedAt)));

    public static async Task<TicketClock> InsertClockAsync(SqliteConnection c, SqliteTransaction t, TicketClock clock, CancellationToken ct)
    {
        var id = await Db.ScalarAsync(c, t, $"""
            INSERT INTO ticket_clocks ({ClockInsertColumns})
            VALUES ($ticket, $kind, $target, $status, $started, $due, $budget, $paused, $breached, $fulfilled,
                    $fired, $next, $provisional, $extended)
            RETURNING id
            """, ct, ClockParameters(clock)).ConfigureAwait(false);
        return clock with { Id = id };
    }

    public static Task UpdateClockAsync(SqliteConnection c, SqliteTransaction t, TicketClock clock, CancellationToken ct) =>
        Db.ExecuteAsync(c, t, """
            UPDATE ticket_clocks SET target = $target, status = $status, started_at = $started, due_at = $due,
                budget_ms = $budget, paused_at = $paused, breached_at = $breached, fulfilled_at = $fulfilled, fired = $fired,
                next_stage_at = $next, provisional = $provisional, extended = $extended
            WHERE id = $id
            """, ct, [.. ClockParameters(clock), ("$id", clock.Id)]);

    public static Task AppendEventAsync(
        SqliteConnection c, SqliteTransaction t, long ticketId, long? clockId, DateTimeOffset at, Actor actor, string kind, string? detail, CancellationToken ct) =>
        Db.ExecuteAsync(c, t, """
            INSERT INTO ticket_events (ticket_id, clock_id, at, actor, kind, detail)
            VALUES ($ticket, $clock, $at, $actor, $kind, $detail)
            """, ct, ("$ticket", ticketId), ("$clock", clockId), ("$at", Db.Ms(at)), ("$actor", actor.Label), ("$kind", kind), ("$detail", StoredText.Clean(detail)));

    public static async Task<Ticket?> LoadAsync(SqliteConnection c, SqliteTransaction? t, long id, CancellationToken ct)
    {
        var tickets = await QueryAsync(c, t, $"SELECT {TicketColumns} FROM tickets WHERE id = $id", ct, ("$id", id)).ConfigureAwait(false);
        return tickets.Count == 0 ? null : tickets[0];
    }

    public static async Task<Ticket?> LoadByNumberAsync(SqliteConnection c, SqliteTransaction? t, string number, CancellationToken ct)
    {
        var tickets = await QueryAsync(c, t, $"SELECT {TicketColumns} FROM tickets WHERE number = $number", ct, ("$number", number)).ConfigureAwait(false);
        return tickets.Count == 0 ? null : tickets[0];
    }

    /// <summary>Tickets selected by a WHERE clause over <c>tickets</c>, with their clocks.</summary>
    public static async Task<List<Ticket>> QueryAsync(SqliteConnection c, SqliteTransaction? t, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var tickets = new List<Ticket>();
        using (var command = Db.Command(c, t, sql, parameters))
        {
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                tickets.Add(ReadTicket(reader));
            }
        }

        if (tickets.Count == 0)
        {
            return tickets;
        }

        var clocks = await ClocksOfAsync(c, t, tickets.Select(x => x.Id), ct).ConfigureAwait(false);
        for (var i = 0; i < tickets.Count; i++)
        {
            tickets[i] = tickets[i] with { Clocks = clocks.TryGetValue(tickets[i].Id, out var list) ? list : [] };
        }

        return tickets;
    }

    public static string TicketSelect => $"SELECT {TicketColumns} FROM tickets";

    public static async Task<TicketClock?> LoadClockAsync(SqliteConnection c, SqliteTransaction? t, long clockId, CancellationToken ct)
    {
        using var command = Db.Command(c, t, $"SELECT {ClockColumns} FROM ticket_clocks WHERE id = $id", ("$id", clockId));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false) ? ReadClock(reader) : null;
    }

    /// <summary>The clocks with these ids (those that exist).</summary>
    public static async Task<IReadOnlyList<TicketClock>> LoadClocksAsync(SqliteConnection c, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var list = string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        using var command = Db.Command(c, null, $"SELECT {ClockColumns} FROM ticket_clocks WHERE id IN ({list})");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var clocks = new List<TicketClock>(ids.Count);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            clocks.Add(ReadClock(reader));
        }

        return clocks;
    }

    public static async Task<IReadOnlyList<TicketEvent>> EventsAsync(SqliteConnection c, long ticketId, CancellationToken ct)
    {
        using var command = Db.Command(c, null, "SELECT id, ticket_id, clock_id, at, actor, kind, detail FROM ticket_events WHERE ticket_id = $id ORDER BY id", ("$id", ticketId));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var events = new List<TicketEvent>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            events.Add(new TicketEvent(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2),
                Db.At(reader.GetInt64(3)), reader.GetString(4), reader.GetString(5), Db.StringOrNull(reader, 6)));
        }

        return events;
    }

    /// <summary>Running clocks whose next stage is due by <paramref name="now"/>, earliest first (the reminder scheduler).</summary>
    public static async Task<IReadOnlyList<long>> ClocksDueAsync(SqliteConnection c, DateTimeOffset now, int limit, CancellationToken ct)
    {
        using var command = Db.Command(c, null, """
            SELECT id FROM ticket_clocks WHERE next_stage_at IS NOT NULL AND next_stage_at <= $now ORDER BY next_stage_at LIMIT $limit
            """, ("$now", Db.Ms(now)), ("$limit", limit));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var ids = new List<long>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>The earliest <c>next_stage_at</c> of all clocks (one step down the partial index), or null when none is pending.</summary>
    public static async Task<DateTimeOffset?> EarliestStageAsync(SqliteConnection c, CancellationToken ct)
    {
        using var command = Db.Command(c, null, "SELECT MIN(next_stage_at) FROM ticket_clocks WHERE next_stage_at IS NOT NULL");
        var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is long ms ? Db.At(ms) : null;
    }

    private static async Task<Dictionary<long, List<TicketClock>>> ClocksOfAsync(SqliteConnection c, SqliteTransaction? t, IEnumerable<long> ticketIds, CancellationToken ct)
    {
        var ids = string.Join(",", ticketIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        using var command = Db.Command(c, t, $"SELECT {ClockColumns} FROM ticket_clocks WHERE ticket_id IN ({ids}) ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var clocks = new Dictionary<long, List<TicketClock>>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var clock = ReadClock(reader);
            if (!clocks.TryGetValue(clock.TicketId, out var list))
            {
                clocks[clock.TicketId] = list = [];
            }

            list.Add(clock);
        }

        return clocks;
    }

    private static Ticket ReadTicket(SqliteDataReader r) => new(
        Id: r.GetInt64(0),
        Number: r.GetString(1),
        Intent: r.GetString(2),
        Severity: Db.StringOrNull(r, 3),
        State: Enum.Parse<TicketState>(r.GetString(4)),
        Owner: new TicketOwner(r.GetString(5), Db.StringOrNull(r, 6), Db.StringOrNull(r, 7), Db.StringOrNull(r, 8), Db.StringOrNull(r, 9)),
        Place: new TicketPlace(Db.IntOrNull(r, 10), Db.IntOrNull(r, 11), Db.StringOrNull(r, 12), Db.StringOrNull(r, 13)),
        Description: r.GetString(14),
        Assignee: Db.StringOrNull(r, 15),
        AppointmentAt: Db.AtOrNull(r, 16),
        ReopenCount: r.GetInt32(17),
        BreachCount: r.GetInt32(18),
        EscalationLevel: (EscalationLevel)r.GetInt32(19),
        RevisitSelected: r.IsDBNull(20) ? null : r.GetBoolean(20),
        CreatedAt: Db.At(r.GetInt64(21)),
        UpdatedAt: Db.At(r.GetInt64(22)),
        Clocks: []);

    private static TicketClock ReadClock(SqliteDataReader r) => new(
        Id: r.GetInt64(0),
        TicketId: r.GetInt64(1),
        Kind: Enum.Parse<ClockKind>(r.GetString(2)),
        Target: SlaDuration.Parse(r.GetString(3)),
        Status: Enum.Parse<ClockStatus>(r.GetString(4)),
        StartedAt: Db.At(r.GetInt64(5)),
        DueAt: Db.At(r.GetInt64(6)),
        Budget: TimeSpan.FromMilliseconds(r.GetInt64(7)),
        PausedAt: Db.AtOrNull(r, 8),
        BreachedAt: Db.AtOrNull(r, 9),
        FulfilledAt: Db.AtOrNull(r, 10),
        Fired: (ClockStage)r.GetInt32(11),
        NextStageAt: Db.AtOrNull(r, 12),
        Provisional: r.GetBoolean(13),
        Extended: r.GetBoolean(14));

    private static (string, object?)[] ClockParameters(TicketClock clock) =>
    [
        ("$ticket", clock.TicketId), ("$kind", clock.Kind.ToString()), ("$target", clock.Target.ToString()),
        ("$status", clock.Status.ToString()), ("$started", Db.Ms(clock.StartedAt)), ("$due", Db.Ms(clock.DueAt)),
        ("$budget", (long)clock.Budget.TotalMilliseconds), ("$paused", Db.Ms(clock.PausedAt)), ("$breached", Db.Ms(clock.BreachedAt)),
        ("$fulfilled", Db.Ms(clock.FulfilledAt)), ("$fired", (int)clock.Fired), ("$next", Db.Ms(clock.NextStageAt)),
        ("$provisional", clock.Provisional), ("$extended", clock.Extended),
    ];
}
