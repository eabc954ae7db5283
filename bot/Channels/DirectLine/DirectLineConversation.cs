namespace ConciergeBot.Channels.DirectLine;

/// <summary>A Direct Line conversation: who it belongs to and whether the bot has been told it started.</summary>
internal sealed record DirectLineConversation(string Id, string UserId, bool Started);
