namespace ConciergeBot.Channels.Proactive;

/// <summary>The parts of a ticket an owner update talks about.</summary>
internal sealed record TicketFacts(long Id, string Number, string OwnerId, string? OwnerName, string? Channel, string? Conversation, string? Assignee, string Description);
