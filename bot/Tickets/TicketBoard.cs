using ConciergeBot.Sla;
using ConciergeBot.Storage;

namespace ConciergeBot.Tickets;

/// <summary>Read side for staff: the filtered ticket list, one ticket with its timeline.</summary>
internal sealed class TicketBoard(SqliteDatabase database, SlaPolicy policy, TimeProvider time)
{
    public async Task<IReadOnlyList<Ticket>> ListAsync(TicketQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        var parameters = new List<(string, object?)>
        {
            ("$limit", Math.Clamp(query.Limit, 1, 1000)),
            ("$offset", Math.Max(0, query.Offset)),
        };
        if (query.State is { } state)
        {
            where.Add("state = $state");
            parameters.Add(("$state", state.ToString()));
        }

        if (query.Building is { } building)
        {
            where.Add("building = $building");
            parameters.Add(("$building", building));
        }

        if (!string.IsNullOrWhiteSpace(query.Intent))
        {
            where.Add("intent = $intent");
            parameters.Add(("$intent", query.Intent));
        }

        if (query.AtRisk)
        {
            where.Add("""
                id IN (SELECT ticket_id FROM ticket_clocks
                       WHERE status IN ('Running', 'Paused')
                         AND (breached_at IS NOT NULL OR due_at - CAST($share * budget_ms AS INTEGER) <= $now))
                """);
            parameters.Add(("$share", 1 - policy.Warnings[0]));
            parameters.Add(("$now", Db.Ms(time.GetUtcNow())));
        }

        var sql = $"{TicketStore.TicketSelect} {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")} ORDER BY created_at DESC, id DESC LIMIT $limit OFFSET $offset";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await TicketStore.QueryAsync(connection, null, sql, cancellationToken, [.. parameters]).ConfigureAwait(false);
    }

    /// <summary>A ticket by database id or by number (20261122-0007).</summary>
    public async Task<Ticket?> FindAsync(string idOrNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return long.TryParse(idOrNumber, out var id)
            ? await TicketStore.LoadAsync(connection, null, id, cancellationToken).ConfigureAwait(false)
            : await TicketStore.LoadByNumberAsync(connection, null, idOrNumber, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TicketEvent>> TimelineAsync(long ticketId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await TicketStore.EventsAsync(connection, ticketId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Notifications.OutboxEntry>> PingsAsync(long ticketId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Notifications.Outbox.ForTicketAsync(connection, ticketId, cancellationToken).ConfigureAwait(false);
    }
}
