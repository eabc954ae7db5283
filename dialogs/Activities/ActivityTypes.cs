namespace ConciergeBot.Dialogs.Activities;

/// <summary>Activity type names and delivery modes of the Bot Framework schema.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string EndOfConversation = "endOfConversation";

    public const string ExpectReplies = "expectReplies";
}
