namespace ConciergeBot.Limits.Binding;

/// <summary>
/// A binding lock-out as staff see it: of <see cref="User"/> on <see cref="Flat"/>, of the flat for everyone
/// (<see cref="User"/> null) or of the user on every flat (<see cref="Flat"/> null); lifted or not.
/// </summary>
public sealed record BindingLock(
    long Id, string? User, string? Flat, int Failures, DateTimeOffset LockedAt, DateTimeOffset Until,
    DateTimeOffset? LiftedAt, string? LiftedBy, string? LiftReason);
