namespace ConciergeBot.Dialogs.Requests.Tickets;

/// <summary>
/// Who reported: the chat user, how to reach them again (channel and the serialized conversation reference),
/// a name to address them by (王先生) and a contact for users not bound to a flat.
/// </summary>
public sealed record TicketOwner(string UserId, string? Name = null, string? Contact = null, string? Channel = null, string? Conversation = null);
