using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Tickets;

/// <summary>
/// Who caused an event on the timeline: the owner, the bot, the scheduler or a member of staff (with the role and
/// roster id <see cref="StaffRights"/> checks).
/// </summary>
internal sealed record Actor(string Label, StaffRole? Role = null, string? StaffId = null)
{
    public static Actor System { get; } = new("system");

    public static Actor Bot { get; } = new("bot");

    public static Actor Owner(string userId) => new($"owner:{userId}");

    public static Actor Staff(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new($"{member.Id}:{member.Name}", member.Role, member.Id);
    }

    public override string ToString() => Label;
}
