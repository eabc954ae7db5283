namespace ConciergeBot.Tickets;

/// <summary>Names and the transition table of <see cref="TicketState"/>.</summary>
internal static class TicketStates
{
    public static string Label(this TicketState state) => state switch
    {
        TicketState.Received => "受理",
        TicketState.Dispatched => "已派单",
        TicketState.Accepted => "已接单",
        TicketState.OnSite => "已到场",
        TicketState.Resolved => "已完成",
        TicketState.Revisited => "已回访",
        TicketState.Closed => "已关闭",
        TicketState.Cancelled => "已取消",
        _ => state.ToString(),
    };

    /// <summary>Still being worked on (clocks may run).</summary>
    public static bool IsOpen(this TicketState state) =>
        state is TicketState.Received or TicketState.Dispatched or TicketState.Accepted or TicketState.OnSite;

    /// <summary>Whether the flow allows going from <paramref name="from"/> to <paramref name="to"/> (reopen is separate).</summary>
    public static bool CanMove(TicketState from, TicketState to) => (from, to) switch
    {
        (TicketState.Received, TicketState.Dispatched) => true,
        (TicketState.Dispatched, TicketState.Dispatched) => true, // re-assignment
        (TicketState.Received or TicketState.Dispatched, TicketState.Accepted) => true,
        (TicketState.Received or TicketState.Dispatched or TicketState.Accepted, TicketState.OnSite) => true,
        (TicketState.Received or TicketState.Dispatched or TicketState.Accepted or TicketState.OnSite, TicketState.Resolved) => true,
        (TicketState.Received or TicketState.Dispatched or TicketState.Accepted or TicketState.OnSite, TicketState.Cancelled) => true,
        (TicketState.Resolved, TicketState.Revisited) => true,
        (TicketState.Resolved or TicketState.Revisited, TicketState.Closed) => true,
        _ => false,
    };

    public static bool CanReopen(TicketState state) =>
        state is TicketState.Resolved or TicketState.Revisited or TicketState.Closed;
}
