namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>A resolved point (<see cref="Value"/>) or range (<see cref="Start"/>, <see cref="End"/>); null parts are open or unresolvable.</summary>
internal readonly record struct Resolution(DateTime? Value, DateTime? Start, DateTime? End)
{
    public static Resolution Point(DateTime? value) => new(value, null, null);

    public static Resolution Range(DateTime? start, DateTime? end) => new(null, start, end);
}
