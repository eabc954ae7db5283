using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Tickets.Api;

/// <summary>A ticket as the staff API shows it; times in Beijing time (+08:00).</summary>
internal sealed record TicketView(
    long Id,
    string Number,
    string Intent,
    string IntentLabel,
    string? Severity,
    string State,
    string StateLabel,
    string Place,
    int? Building,
    string Description,
    string? Assignee,
    string? AssigneeName,
    string OwnerId,
    string? OwnerName,
    string? Contact,
    DateTimeOffset? AppointmentAt,
    int ReopenCount,
    int BreachCount,
    string EscalationLevel,
    bool? RevisitSelected,
    bool AtRisk,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ClockView> Clocks)
{
    public static TicketView From(Ticket t, Roster roster, double firstWarning, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(roster);
        return new(t.Id, t.Number, t.Intent, IntentCode.Label(t.Intent), t.Severity, t.State.ToString(), t.State.Label(),
            t.Place.Describe(), t.Place.Building, t.Description, t.Assignee, t.Assignee is { } a ? roster.FindById(a)?.Name : null,
            t.Owner.UserId, t.Owner.Name, t.Owner.Contact, Local(t.AppointmentAt), t.ReopenCount, t.BreachCount,
            t.EscalationLevel.ToString(), t.RevisitSelected,
            t.Clocks.Any(c => c.IsLive && (c.BreachedAt is not null || c.DueAt - ((1 - firstWarning) * c.Budget) <= now)),
            ChinaTime.ToLocal(t.CreatedAt), ChinaTime.ToLocal(t.UpdatedAt), [.. t.Clocks.Select(ClockView.From)]);
    }

    internal static DateTimeOffset? Local(DateTimeOffset? at) => at is { } x ? ChinaTime.ToLocal(x) : null;
}
