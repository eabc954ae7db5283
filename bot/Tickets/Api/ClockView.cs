using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Sla;

namespace ConciergeBot.Tickets.Api;

/// <summary>One deadline of a ticket as the staff API shows it.</summary>
internal sealed record ClockView(
    long Id,
    string Kind,
    string Target,
    string TargetText,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? PausedAt,
    DateTimeOffset? BreachedAt,
    DateTimeOffset? FulfilledAt,
    DateTimeOffset? NextStageAt,
    IReadOnlyList<string> Fired,
    bool Provisional,
    bool Extended)
{
    public static ClockView From(TicketClock c) => new(
        c.Id, c.Kind.ToString(), c.Target.ToString(), c.Target.Describe(), c.Status.ToString(), ChinaTime.ToLocal(c.StartedAt),
        ChinaTime.ToLocal(c.DueAt), TicketView.Local(c.PausedAt), TicketView.Local(c.BreachedAt), TicketView.Local(c.FulfilledAt),
        TicketView.Local(c.NextStageAt),
        [.. Enum.GetValues<ClockStage>().Where(s => s != ClockStage.None && (c.Fired & s) != 0).Select(s => s.ToString())],
        c.Provisional, c.Extended);
}
