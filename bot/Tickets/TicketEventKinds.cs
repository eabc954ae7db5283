namespace ConciergeBot.Tickets;

/// <summary>The event kinds of the timeline: ticket events by state, clock events prefixed <c>clock.</c>.</summary>
internal static class TicketEventKinds
{
    public const string Received = "received";
    public const string Dispatched = "dispatched";
    public const string Accepted = "accepted";
    public const string Arrived = "arrived";
    public const string Resolved = "resolved";
    public const string Revisited = "revisited";
    public const string Closed = "closed";
    public const string Cancelled = "cancelled";
    public const string Reopened = "reopened";
    public const string RevisitSelected = "revisit.selected";
    public const string RevisitSkipped = "revisit.skipped";
    public const string Appointment = "appointment";
    public const string Note = "note";

    /// <summary>The owner's later words made the matter more urgent: the ticket moved to a faster class and clock.</summary>
    public const string Upgraded = "upgraded";

    /// <summary>The owner took back what made the matter urgent: the ticket moved to a slower class and clock.</summary>
    public const string Revised = "revised";

    /// <summary>Something staff should look at: an urgent ticket opened although its owner was over the opening limits.</summary>
    public const string Flagged = "flagged";

    public const string ClockApplied = "clock.applied";
    public const string ClockStarted = "clock.started";
    public const string ClockPaused = "clock.paused";
    public const string ClockResumed = "clock.resumed";
    public const string ClockWarned = "clock.warned";
    public const string ClockBreached = "clock.breached";
    public const string ClockEscalated = "clock.escalated";
    public const string ClockFulfilled = "clock.fulfilled";
    public const string ClockExtended = "clock.extended";
    public const string ClockRebased = "clock.rebased";
    public const string ClockCancelled = "clock.cancelled";

    public static string ForState(TicketState state) => state switch
    {
        TicketState.Received => Received,
        TicketState.Dispatched => Dispatched,
        TicketState.Accepted => Accepted,
        TicketState.OnSite => Arrived,
        TicketState.Resolved => Resolved,
        TicketState.Revisited => Revisited,
        TicketState.Closed => Closed,
        TicketState.Cancelled => Cancelled,
        _ => state.ToString(),
    };
}
