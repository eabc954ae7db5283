using System.Text.Json;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Notifications;
using ConciergeBot.Tickets;

namespace ConciergeBot.Channels.Proactive;

/// <summary>
/// Tells owners how their tickets move: when a ticket is accepted, dispatched to a technician or resolved, the
/// updates (and the survey) are queued in the outbox for the <c>owner</c> channel in the same transaction as the
/// event, so each is sent once the event is durable and never for one that rolled back.
/// </summary>
internal sealed class OwnerUpdates(KnowledgeStore knowledge) : ITicketEventFollower
{
    public async Task OnEventAsync(TicketChanges changes, Ticket ticket, string kind)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(ticket);
        var owner = ticket.Owner;
        var facts = new TicketFacts(ticket.Id, ticket.Number, owner.UserId, owner.Name, owner.Channel, owner.Conversation, ticket.Assignee, ticket.Description);
        foreach (var update in OwnerUpdateTexts.For(kind, facts, knowledge.Current.Roster))
        {
            var payload = JsonSerializer.Serialize(new OwnerUpdatePayload(OwnerUpdateChannel.ParseReference(owner.Conversation), update.Choices), ActivityJson.Options);
            await changes.SendAsync(new OutboxMessage(0, ticket.Id, ticket.Number, update.Kind, OutboxKinds.OwnerLevel, owner.Name ?? owner.UserId,
                owner.UserId, update.Text, null, null, changes.Now, payload, update.Kind == OwnerUpdate.Survey ? OutboxPriority.Routine : OutboxPriority.Normal),
                OwnerUpdateChannel.ChannelName).ConfigureAwait(false);
        }
    }
}

/// <summary>What an owner update carries besides its text: the ticket's conversation (when its dialog kept one) and the buttons.</summary>
internal sealed record OwnerUpdatePayload(ConversationReference? Reference, IReadOnlyList<string>? Choices);
