using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Sla;

namespace ConciergeBot.Tickets;

/// <summary>
/// Who on the roster may do what to a ticket (the README's staff API table). Technicians work the tickets dispatched
/// to them; assistants run the desk; the supervisor and the manager may also reassign, and cancel what the supervisor
/// is told of at once (emergencies, serious staff complaints); only the manager extends a deadline (the service
/// standard). Owners, the bot and the scheduler are not staff: their acts are checked where they happen.
/// </summary>
internal static class StaffRights
{
    private static readonly StaffRole[] Everyone = [StaffRole.Technician, StaffRole.Assistant, StaffRole.Supervisor, StaffRole.Manager];
    private static readonly StaffRole[] Desk = [StaffRole.Assistant, StaffRole.Supervisor, StaffRole.Manager];
    private static readonly StaffRole[] Leads = [StaffRole.Supervisor, StaffRole.Manager];

    private static readonly Dictionary<TicketAct, (StaffRole[] Roles, string What)> Table = new()
    {
        [TicketAct.Accept] = (Everyone, "accept a ticket"),
        [TicketAct.ArriveOnSite] = (Everyone, "report arrival on site"),
        [TicketAct.Resolve] = (Everyone, "resolve a ticket"),
        [TicketAct.Dispatch] = (Desk, "dispatch a ticket"),
        [TicketAct.Reassign] = (Leads, "reassign a ticket someone else holds"),
        [TicketAct.RecordRevisit] = (Desk, "record a revisit"),
        [TicketAct.Close] = (Desk, "close a ticket"),
        [TicketAct.Cancel] = (Desk, "cancel a ticket"),
        [TicketAct.Reopen] = (Desk, "reopen a ticket"),
        [TicketAct.Pause] = (Desk, "pause a deadline"),
        [TicketAct.Resume] = (Desk, "resume a deadline"),
        [TicketAct.SetAppointment] = (Desk, "set an appointment"),
        [TicketAct.Extend] = ([StaffRole.Manager], "extend a deadline"),
    };

    /// <summary>The act a move to <paramref name="to"/> is: a dispatch of someone else's ticket is a reassignment.</summary>
    public static TicketAct ForMove(Ticket ticket, TicketState to, Actor actor) => to switch
    {
        TicketState.Dispatched when ticket.Assignee is null || ticket.Assignee == actor.StaffId => TicketAct.Dispatch,
        TicketState.Dispatched => TicketAct.Reassign,
        TicketState.Accepted => TicketAct.Accept,
        TicketState.OnSite => TicketAct.ArriveOnSite,
        TicketState.Resolved => TicketAct.Resolve,
        TicketState.Revisited => TicketAct.RecordRevisit,
        TicketState.Closed => TicketAct.Close,
        TicketState.Cancelled => TicketAct.Cancel,
        _ => TicketAct.Dispatch, // Received: no move leads there; the flow refuses it
    };

    /// <summary>Refuses (<see cref="TicketRuleKind.Forbidden"/>) an act the member of staff's role does not allow.</summary>
    public static void Demand(Actor actor, TicketAct act, Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(ticket);
        if (actor.Role is { } role && Refusal(role, act, ticket, actor.StaffId) is { } reason)
        {
            throw new TicketRuleException(TicketRuleKind.Forbidden, reason);
        }
    }

    private static string? Refusal(StaffRole role, TicketAct act, Ticket ticket, string? staffId)
    {
        var (roles, what) = Table[act];
        if (!roles.Contains(role))
        {
            return $"{Name(role)} may not {what}; that is for {List(roles)}";
        }

        if (role == StaffRole.Technician && ticket.Assignee != staffId)
        {
            return $"{Name(role)} works only the tickets dispatched to them; {ticket.Number} is not";
        }

        return act == TicketAct.Cancel && !Leads.Contains(role) && SlaTargets.SupervisorAtOnce(ticket.Intent, ticket.Severity)
            ? $"an emergency or a serious complaint about staff is cancelled only by {List(Leads)}"
            : null;
    }

    private static string Name(StaffRole role) => role switch
    {
        StaffRole.Assistant => "the assistant (礼宾助理)",
        StaffRole.Supervisor => "the supervisor (客服主管)",
        StaffRole.Manager => "the manager (管理中心经理)",
        _ => "a technician (维修师傅)",
    };

    private static string List(StaffRole[] roles) => roles.Length == 1
        ? Name(roles[0])
        : string.Join(", ", roles[..^1].Select(Name)) + " or " + Name(roles[^1]);
}
