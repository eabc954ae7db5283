namespace ConciergeBot.Notifications;

/// <summary>
/// One message leaving the service, stored in the outbox in the same transaction as the change that caused it: a ping
/// to a member of staff (delivered by every configured ping channel), an update to an owner or the reply to a turn
/// (each delivered by its one channel). <see cref="Id"/> is the de-duplication key
/// receivers should use: a delivery interrupted by a crash may be repeated, never lost.
/// </summary>
/// <param name="Kind">One of <see cref="OutboxKinds"/>: opened, warning, breach, escalation, ...</param>
/// <param name="Level">The rung of the ladder addressed: assistant, supervisor or manager.</param>
/// <param name="Recipient">The person's name (李静).</param>
/// <param name="RecipientId">The roster id (assistant-lijing), for channels that @mention people.</param>
/// <param name="Due">The promised time the ping is about.</param>
/// <param name="Stage">For reminders, which stage fired (Warning1, Breach, ...).</param>
/// <param name="Payload">What a single-channel message needs besides its text (JSON): the Activity of a reply, the
/// conversation reference and choices of an owner update; null for staff pings.</param>
/// <param name="Priority">Which deliveries go first when several are due (<see cref="OutboxPriority"/>).</param>
public sealed record OutboxMessage(
    long Id,
    long? TicketId,
    string Ticket,
    string Kind,
    string Level,
    string Recipient,
    string? RecipientId,
    string Text,
    DateTimeOffset? Due,
    string? Stage,
    DateTimeOffset CreatedAt,
    string? Payload = null,
    OutboxPriority Priority = OutboxPriority.Normal);
