using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Tickets;

/// <summary>Who caused an event on the timeline: the owner, the bot, the scheduler or a member of staff.</summary>
internal sealed record Actor(string Label, StaffRole? Role = null)
{
    public static Actor System { get; } = new("system");

    public static Actor Bot { get; } = new("bot");

    public static Actor Owner(string userId) => new($"owner:{userId}");

    public static Actor Staff(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new($"{member.Id}:{member.Name}", member.Role);
    }

    public override string ToString() => Label;
}
