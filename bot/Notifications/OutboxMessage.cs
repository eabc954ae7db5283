namespace ConciergeBot.Notifications;

/// <summary>
/// A ping to a member of staff, stored in the outbox in the same transaction as the event that caused it and
/// delivered by every configured <see cref="INotificationChannel"/>. <see cref="Id"/> is the de-duplication key
/// receivers should use: a delivery interrupted by a crash may be repeated, never lost.
/// </summary>
/// <param name="Kind">One of <see cref="OutboxKinds"/>: opened, warning, breach, escalation, ...</param>
/// <param name="Level">The rung of the ladder addressed: assistant, supervisor or manager.</param>
/// <param name="Recipient">The person's name (李静).</param>
/// <param name="RecipientId">The roster id (assistant-lijing), for channels that @mention people.</param>
/// <param name="Due">The promised time the ping is about.</param>
/// <param name="Stage">For reminders, which stage fired (Warning1, Breach, ...).</param>
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
    DateTimeOffset CreatedAt);
