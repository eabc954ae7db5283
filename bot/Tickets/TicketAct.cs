namespace ConciergeBot.Tickets;

/// <summary>What a member of staff does to a ticket; <see cref="StaffRights"/> says who may.</summary>
internal enum TicketAct
{
    Accept,
    ArriveOnSite,
    Resolve,

    /// <summary>Hand on a ticket that is unassigned or one's own.</summary>
    Dispatch,

    /// <summary>Move a ticket that someone else holds.</summary>
    Reassign,
    RecordRevisit,
    Close,
    Cancel,
    Reopen,
    Pause,
    Resume,
    SetAppointment,
    Extend,
}
