namespace ConciergeBot.Dialogs.Requests.Tickets;

/// <summary>
/// What the request dialogs need from the ticket system (implemented in bot/Tickets): open a ticket, add what the
/// owner says afterwards, and list the owner's own tickets. In a turn the desk's writes join the turn's unit of
/// work (<see cref="Engine.IConversationStore.BeginTurn"/>): they commit with the turn's state and the record of
/// the activity, before any reply leaves — so the reply that quotes a number never precedes its ticket, and a
/// turn that is lost or fails leaves no ticket behind.
/// </summary>
public interface ITicketDesk
{
    /// <summary>
    /// Opens the ticket. Throws <see cref="TicketLimitException"/> when the owner has opened as many as the limits
    /// allow for now — never for an urgent request, which is opened and flagged for staff instead.
    /// </summary>
    Task<OpenedTicket> OpenAsync(TicketDraft draft, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the owner's later details to an open ticket (emergencies open first and ask after): a known place
    /// replaces an unknown one and reaches the assignee; more words go on the timeline. Only the owner's own ticket.
    /// </summary>
    Task<bool> AddDetailsAsync(string number, OwnerIdentity owner, TicketPlace? place, string? details, CancellationToken cancellationToken);

    /// <summary>The owner puts right the phone or the agreed time of their own open ticket after it was registered. False when it is not theirs or no longer open.</summary>
    Task<bool> AmendAsync(string number, OwnerIdentity owner, string? contact, DateTimeOffset? appointment, CancellationToken cancellationToken);

    /// <summary>
    /// The owner's later words make their own open ticket more urgent ("我腿脚不好，走不了楼梯" after a broken lift): it moves
    /// to <paramref name="intent"/> with that class's clock from now, the words go on it, and the assignee (and the supervisor
    /// when the class demands) is told. Null when it is not theirs, no longer open, or its promise is already as fast.
    /// </summary>
    Task<OpenedTicket?> UpgradeAsync(string number, OwnerIdentity owner, string intent, string words, CancellationToken cancellationToken);

    /// <summary>
    /// The owner takes back what made their own open ticket urgent ("不是漏水，地上是干的，是水管在响"): it moves to the slower
    /// <paramref name="intent"/> with that class's clock from when it was reported, the words go on it, and the assignee is
    /// told. Null when it is not theirs, no longer open, already that class, or that clock cannot replace the standing one.
    /// </summary>
    Task<OpenedTicket?> DowngradeAsync(string number, OwnerIdentity owner, string intent, string words, CancellationToken cancellationToken);

    /// <summary>The owner cancels their own open ticket (算了不用来了); the assignee is told. False when it is not theirs or no longer open.</summary>
    Task<bool> CancelByOwnerAsync(string number, OwnerIdentity owner, string reason, CancellationToken cancellationToken);

    /// <summary>The owner's tickets on their channel, newest first (at most <paramref name="limit"/>).</summary>
    Task<IReadOnlyList<TicketSummary>> ForOwnerAsync(OwnerIdentity owner, int limit, CancellationToken cancellationToken);
}
