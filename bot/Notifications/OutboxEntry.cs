namespace ConciergeBot.Notifications;

/// <summary>A ping and where its delivery on one channel stands (attempts, last error, sent or given up).</summary>
internal sealed record OutboxEntry(
    OutboxMessage Message, string? Channel, int Attempts, DateTimeOffset? SentAt, DateTimeOffset? FailedAt, string? LastError);
