using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Requests.Tickets;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>A name and a number sent after the request ended ("哎呀电话说错了 是136…", "还是打150那个吧"): they reach the ticket just opened.</summary>
public sealed partial class RequestDialog
{
    /// <summary>
    /// When the message gives only a contact, makes it the call-back number of <paramref name="number"/> (a ticket this
    /// conversation opened a moment ago) and says so; false, and nothing sent, for any other message.
    /// </summary>
    private async Task<bool> TakeLateContactAsync(TurnContext turn, SlotReading slots, string number, CancellationToken cancellationToken)
    {
        // A whole number given is the one meant ("最后两位是87不是78是13812345687", though 78 ends the old one); else "还是打150那个吧，
        // 139是我老婆的": one of the numbers given before, picked by a part of it, whatever else is said.
        // "师傅到了麻烦打我电话 139…，我妈耳朵不好": a number given to be called on, whatever reason comes with it.
        var phone = (RequestWords.GivesContactOnly(slots) || RequestWords.AsksToBeCalled(turn.NormalizedText) ? slots.Phone : null) ?? PhonesSaid.Picked(turn.Conversation, turn.NormalizedText);
        if (phone is null
            || !await services.Tickets.AmendAsync(number, OwnerIdentity.Of(turn.Activity), phone, null, cancellationToken))
        {
            return false;
        }

        turn.User.ContactPhone = phone;
        await turn.SendActivityAsync(ContactUpdated(number, phone), cancellationToken);
        return true;
    }

    /// <summary>The reply when a ticket's call-back number changes, during the request or after it ended.</summary>
    private static string ContactUpdated(string number, string phone) =>
        $"好的，工单 {number} 的联系电话已更新为 {phone}，工作人员会打这个号码联系您。还有其他需要帮忙的吗？";
}
