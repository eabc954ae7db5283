namespace ConciergeBot.Dialogs.Activities;

/// <summary>A button. <c>imBack</c> buttons send their <see cref="Value"/> back as the user's text.</summary>
public sealed record CardAction(string Type, string Title, string? Value = null)
{
    public static CardAction ImBack(string title, string? value = null) => new("imBack", title, value ?? title);
}
