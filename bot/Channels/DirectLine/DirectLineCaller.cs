namespace ConciergeBot.Channels.DirectLine;

/// <summary>Who is calling: a trusted back end with the secret, or a client with a token for one conversation.</summary>
internal sealed record DirectLineCaller(bool IsSecret, DirectLineToken? Token)
{
    public bool MayUse(string conversationId) =>
        IsSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}
