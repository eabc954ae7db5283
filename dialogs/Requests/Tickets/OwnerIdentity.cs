using ConciergeBot.Dialogs.Activities;

namespace ConciergeBot.Dialogs.Requests.Tickets;

/// <summary>
/// An owner as the ticket desk knows them: the channel and the user id on that channel. A user id means nothing
/// across channels — a WeChat openid posted from another channel claims no WeChat owner's tickets.
/// </summary>
public sealed record OwnerIdentity(string? Channel, string UserId)
{
    public static OwnerIdentity Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new OwnerIdentity(activity.ChannelId, activity.From?.Id ?? "anonymous");
    }

    /// <summary>Whether the ticket's owner is this one: the same user on the same channel.</summary>
    public bool Owns(TicketOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return string.Equals(owner.UserId, UserId, StringComparison.Ordinal) && string.Equals(owner.Channel, Channel, StringComparison.Ordinal);
    }
}
