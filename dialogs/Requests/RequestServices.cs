using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Requests.Binding;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Store;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>What the request dialogs use: the ticket desk, the estate knowledge (register, handbook), the entity recognizer and the guard on binding.</summary>
public sealed record RequestServices(ITicketDesk Tickets, KnowledgeStore Knowledge, EntityExtractor Entities, IBindingGuard Bindings);
