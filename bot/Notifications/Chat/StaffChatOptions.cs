namespace ConciergeBot.Notifications.Chat;

/// <summary><c>Notifications:Chat</c>: pings to staff inside their own chat with the bot.</summary>
internal sealed class StaffChatOptions
{
    public const string Section = "Notifications:Chat";

    /// <summary>Off by default: on, every ping also goes to its recipient's chat when they are bound to one.</summary>
    public bool Enabled { get; set; }
}
