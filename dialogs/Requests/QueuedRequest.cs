namespace ConciergeBot.Dialogs.Requests;

/// <summary>A second request raised while another was open ("另外，单元门禁也坏了"): its words and intent, opened next.</summary>
public sealed record QueuedRequest(string Text, string Intent, string? Severity);
