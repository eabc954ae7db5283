namespace ConciergeBot.Knowledge.Sla;

/// <summary>What a deadline measures (sla.md "Clocks").</summary>
public enum ClockKind
{
    /// <summary>Staff on site.</summary>
    Arrival,

    /// <summary>A person answers the owner.</summary>
    FirstReply,

    /// <summary>The request is done.</summary>
    Resolution,

    /// <summary>The revisit (回访) after resolution.</summary>
    FollowUp,
}
