using System.Globalization;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Storage;
using ConciergeBot.Tickets;

namespace ConciergeBot.Knowledge;

/// <summary>
/// Administrators' corrections of the working-day calendar, kept in <c>calendar_overrides</c> and applied to the
/// shared <see cref="WorkingDayCalendar"/>: loaded at start, changed through the staff API. They affect deadlines
/// computed afterwards, not those already set.
/// </summary>
internal sealed class CalendarOverrides(SqliteDatabase database, WorkingDayCalendar calendar, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Db.Command(connection, null, "SELECT date, working, reason FROM calendar_overrides");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            calendar.SetOverride(new CalendarOverride(DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), reader.GetBoolean(1), reader.GetString(2)));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task SetAsync(CalendarOverride correction, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentNullException.ThrowIfNull(actor);
        await database.WriteAsync((c, t) => Db.ExecuteAsync(c, t, """
            INSERT INTO calendar_overrides (date, working, reason, actor, at) VALUES ($date, $working, $reason, $actor, $at)
            ON CONFLICT (date) DO UPDATE SET working = excluded.working, reason = excluded.reason, actor = excluded.actor, at = excluded.at
            """, cancellationToken, ("$date", Format(correction.Date)), ("$working", correction.IsWorkingDay), ("$reason", correction.Reason),
            ("$actor", actor.Label), ("$at", Db.Ms(time.GetUtcNow()))), cancellationToken).ConfigureAwait(false);
        calendar.SetOverride(correction);
    }

    public async Task<bool> RemoveAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var removed = await database.WriteAsync((c, t) => Db.ExecuteAsync(c, t, "DELETE FROM calendar_overrides WHERE date = $date",
            cancellationToken, ("$date", Format(date))), cancellationToken).ConfigureAwait(false);
        calendar.RemoveOverride(date);
        return removed > 0;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
