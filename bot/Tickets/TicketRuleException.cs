namespace ConciergeBot.Tickets;

/// <summary>An act the ticket rules refuse (wrong state, missing right, bad input); the message is for staff.</summary>
internal sealed class TicketRuleException(TicketRuleKind kind, string message) : Exception(message)
{
    public TicketRuleKind Kind { get; } = kind;
}
