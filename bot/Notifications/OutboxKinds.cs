namespace ConciergeBot.Notifications;

/// <summary>The <c>kind</c> values of a ping.</summary>
public static class OutboxKinds
{
    public const string Opened = "opened";
    public const string Warning = "warning";
    public const string Breach = "breach";
    public const string Escalation = "escalation";
    public const string Reopened = "reopened";
    public const string Extended = "extended";
    public const string Cancelled = "cancelled";
}
