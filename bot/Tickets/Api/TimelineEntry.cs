using ConciergeBot.Knowledge.Calendar;

namespace ConciergeBot.Tickets.Api;

/// <summary>One event of a ticket's timeline as the staff API shows it.</summary>
internal sealed record TimelineEntry(long Id, DateTimeOffset At, string Actor, string Kind, string? Clock, string? Detail)
{
    public static TimelineEntry From(TicketEvent e, IReadOnlyList<TicketClock> clocks)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(clocks);
        return new(e.Id, ChinaTime.ToLocal(e.At), e.Actor, e.Kind, clocks.FirstOrDefault(c => c.Id == e.ClockId)?.Kind.ToString(), e.Detail);
    }
}
