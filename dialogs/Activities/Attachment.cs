using System.Text.Json;

namespace ConciergeBot.Dialogs.Activities;

/// <summary>An attachment (photo, card). Content is kept as raw JSON.</summary>
public sealed record Attachment(string ContentType, string? ContentUrl = null, JsonElement? Content = null, string? Name = null);
