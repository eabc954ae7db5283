namespace ConciergeBot.Channels.WeChat;

/// <summary>What the inbox knows about a push: its state and, once the turn ran, the reply text (null: nothing to say).</summary>
internal sealed record InboxEntry(string State, string? Reply)
{
    public const string Processing = "processing";
    public const string Replied = "replied";
    public const string Deferred = "deferred";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
