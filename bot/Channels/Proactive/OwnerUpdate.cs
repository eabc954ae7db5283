namespace ConciergeBot.Channels.Proactive;

/// <summary>One message to an owner about their ticket, as queued (choices become suggested-action buttons).</summary>
internal sealed record OwnerUpdate(string Kind, string Text, IReadOnlyList<string>? Choices = null)
{
    public const string Accepted = "accepted";
    public const string OnTheWay = "on_the_way";
    public const string Resolved = "resolved";
    public const string Survey = "survey";
}
