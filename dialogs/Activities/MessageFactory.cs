namespace ConciergeBot.Dialogs.Activities;

/// <summary>Builds outgoing message activities, as the Bot Framework SDK's MessageFactory does.</summary>
public static class MessageFactory
{
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, Locale = "zh-CN" };

    /// <summary>A message with quick-reply buttons; each button sends its title back as text.</summary>
    public static Activity SuggestedActions(IEnumerable<string> choices, string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Locale = "zh-CN",
        SuggestedActions = new SuggestedActions([.. choices.Select(c => CardAction.ImBack(c))]),
    };
}
