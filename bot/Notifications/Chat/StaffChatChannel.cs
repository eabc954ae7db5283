using System.Globalization;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Channels.Proactive;
using ConciergeBot.Knowledge.Store;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Notifications.Chat;

/// <summary>
/// Delivers a ping as a proactive chat message to the member of staff it is for, in the conversation they last
/// used with the bot. A member of staff is bound to chat by the roster's <c>chatUserId</c>; pings for someone not
/// bound (or who has never spoken to the bot on a channel whose address we trust) have nowhere to go here and count
/// as done. The outbox id is the
/// de-duplication key, so a retried ping shows once in Web Chat.
/// </summary>
internal sealed class StaffChatChannel(
    KnowledgeStore knowledge, ConversationReferenceStore references, ProactiveMessenger messenger, IOptions<StaffChatOptions> options) : INotificationChannel
{
    /// <summary>The roster as loaded now (roster.json is hot-reloaded).</summary>
    private Roster Roster => knowledge.Current.Roster;

    public string Name => "chat";

    public bool IsEnabled => options.Value.Enabled;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var chatUser = message.RecipientId is { } id ? Roster.FindById(id)?.ChatUserId : null;
        if (chatUser is null)
        {
            return;
        }

        // Only a conversation whose address is ours to trust: Direct Line, WeChat, or a serviceUrl on the allow-list —
        // never one that a message merely carried.
        var reference = await references.FindLatestForUserAsync(chatUser, null, cancellationToken, messenger.CanDeliver).ConfigureAwait(false);
        if (reference is null)
        {
            return;
        }

        var ping = MessageFactory.Text($"{message.Text}\n（工单 {message.Ticket}）");
        await messenger.SendAsync(reference, ping, "outbox:" + message.Id.ToString(CultureInfo.InvariantCulture), cancellationToken)
            .ConfigureAwait(false);
    }
}
