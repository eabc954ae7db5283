namespace ConciergeBot.Notifications;

/// <summary>The <c>kind</c> values of an outbox message: staff pings, owner updates, turn replies.</summary>
public static class OutboxKinds
{
    public const string Opened = "opened";
    public const string Warning = "warning";
    public const string Breach = "breach";
    public const string Escalation = "escalation";
    public const string Reopened = "reopened";
    public const string Extended = "extended";
    public const string Cancelled = "cancelled";

    /// <summary>The reply to a turn that did not ask for its replies in the response (posted to its serviceUrl).</summary>
    public const string Reply = "reply";

    /// <summary>The <c>level</c> of messages to owners (updates and replies) rather than to staff.</summary>
    public const string OwnerLevel = "owner";
}
