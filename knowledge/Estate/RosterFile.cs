namespace ConciergeBot.Knowledge.Estate;

/// <summary>The contents of <c>roster.json</c>.</summary>
internal sealed record RosterFile(IReadOnlyList<StaffMember> Staff);
