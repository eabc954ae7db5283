using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Tickets;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Limits;

/// <summary>
/// How many tickets a channel user may open (<c>Limits:Tickets</c>, <c>Limits:TicketsPerDay</c>), counted from the
/// tickets table inside the opening transaction — so the count is exact under concurrent turns, survives a restart
/// and needs no memory of its own.
/// </summary>
internal static class OwnerTicketLimits
{
    /// <summary>The limit one more ticket would break and how long until it would not; null when within every limit.</summary>
    public static async Task<(RateLimit Limit, TimeSpan Wait)?> CheckAsync(
        SqliteConnection connection, SqliteTransaction transaction, TicketOwner owner, DateTimeOffset now, LimitsOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(options);
        (RateLimit, TimeSpan)? over = null;
        foreach (var limit in new[] { options.Tickets, options.TicketsPerDay })
        {
            if (limit.IsOff)
            {
                continue;
            }

            // The permits-th newest ticket in the window: while it is in the window, the window is full.
            using var command = Db.Command(connection, transaction, """
                SELECT created_at FROM tickets
                WHERE owner_id = $owner AND channel IS $channel AND created_at > $since
                ORDER BY created_at DESC LIMIT 1 OFFSET $skip
                """, ("$owner", owner.UserId), ("$channel", owner.Channel), ("$since", Db.Ms(now - limit.Window)), ("$skip", limit.Permits - 1));
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long oldest)
            {
                var wait = Db.At(oldest) + limit.Window - now;
                if (over is null || wait > over.Value.Item2)
                {
                    over = (limit, wait);
                }
            }
        }

        return over;
    }

    /// <summary>The timeline note on an urgent ticket opened over the limit.</summary>
    public static string Flag(RateLimit limit) =>
        $"开单频率超限（{ChineseTimeText.Length(limit.Window)}内已开{limit.Permits}张）：紧急事项照常受理，请核实是否为重复或恶意报单。";
}
