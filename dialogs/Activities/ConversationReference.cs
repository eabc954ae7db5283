namespace ConciergeBot.Dialogs.Activities;

/// <summary>Everything needed to message a conversation later (proactive messages).</summary>
public sealed record ConversationReference(
    string ChannelId, string? ServiceUrl, ConversationAccount Conversation, ChannelAccount? User, ChannelAccount? Bot, string? Locale)
{
    /// <summary>A new message activity addressed to this conversation.</summary>
    public Activity CreateMessage(string text) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Bot,
        Recipient = User,
        Locale = Locale ?? "zh-CN",
        Text = text,
    };
}
