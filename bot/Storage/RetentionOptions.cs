namespace ConciergeBot.Storage;

/// <summary>
/// <c>Storage:Retention</c>: how long what is not a ticket is kept. A window of <c>00:00:00</c> keeps that kind of
/// row forever. Tickets, their clocks and timelines are records and are never pruned; neither is anything of a
/// conversation whose ticket is still open (<see cref="RetentionRule"/>).
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Storage:Retention";

    /// <summary>The conversation transcript (every message in and out).</summary>
    public TimeSpan Transcripts { get; set; } = TimeSpan.FromDays(180);

    /// <summary>The Direct Line activity log (the web chat's history; the watermark goes on where it was).</summary>
    public TimeSpan DirectLineActivities { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The WeChat inbox (retry and replay de-duplication; WeChat retries within seconds).</summary>
    public TimeSpan WeChatInbox { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Outbox rows delivered on every channel, of tickets closed or cancelled (or of no ticket: turn replies).</summary>
    public TimeSpan DeliveredOutbox { get; set; } = TimeSpan.FromDays(90);

    /// <summary>When the pruning runs: a Quartz cron expression in Beijing time (default 03:30 every day).</summary>
    public string Schedule { get; set; } = "0 30 3 * * ?";
}
