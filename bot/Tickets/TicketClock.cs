using ConciergeBot.Knowledge.Sla;
using ConciergeBot.Sla;

namespace ConciergeBot.Tickets;

/// <summary>
/// One deadline of a ticket (sla.md "Clocks"). <see cref="Budget"/> is the span the warnings are spread over;
/// <see cref="Fired"/> the stages already announced; <see cref="NextStageAt"/> the next unannounced stage of a
/// running clock (what the sweep looks for).
/// </summary>
internal sealed record TicketClock(
    long Id,
    long TicketId,
    ClockKind Kind,
    SlaDuration Target,
    ClockStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset DueAt,
    TimeSpan Budget,
    DateTimeOffset? PausedAt,
    DateTimeOffset? BreachedAt,
    DateTimeOffset? FulfilledAt,
    ClockStage Fired,
    DateTimeOffset? NextStageAt,
    bool Provisional,
    bool Extended)
{
    public bool IsLive => Status is ClockStatus.Running or ClockStatus.Paused;
}
