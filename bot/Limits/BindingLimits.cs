namespace ConciergeBot.Limits;

/// <summary>
/// <c>Limits:Binding</c>: wrong answers to "the last four digits of the registered mobile" within <see cref="Window"/>
/// lock binding out for <see cref="LockOut"/> — for that user and flat (<see cref="PerPair"/>), for the flat whoever
/// asks (<see cref="PerFlat"/>: someone is trying many chats), and for the user whatever flat (<see cref="PerUser"/>:
/// someone is trying many flats). Staff lift a lock-out through <c>DELETE /api/bindings/locks/{id}</c>.
/// </summary>
public sealed class BindingLimits
{
    public int PerPair { get; set; } = 5;

    public int PerFlat { get; set; } = 10;

    public int PerUser { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan LockOut { get; set; } = TimeSpan.FromHours(24);
}
