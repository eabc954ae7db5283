namespace ConciergeBot.Channels.DirectLine;

/// <summary>One entry of a conversation's activity log: its watermark position and the activity JSON as sent to clients.</summary>
internal sealed record LoggedActivity(long Seq, string Json);
