namespace ConciergeBot.Dialogs.Requests.Binding;

/// <summary>
/// Guards binding a chat to a flat by the last four digits of the registered mobile against guessing (implemented in
/// bot/Limits): wrong answers are counted per user and flat, per flat and per user, and too many lock binding out
/// for a while — the right digits included — until it runs out or staff lift it.
/// </summary>
public interface IBindingGuard
{
    /// <summary>Until when binding is locked out for <paramref name="user"/> on any of <paramref name="flats"/>; null when it is not.</summary>
    Task<DateTimeOffset?> LockedUntilAsync(string user, IReadOnlyList<string> flats, CancellationToken cancellationToken);

    /// <summary>Counts a wrong answer for <paramref name="user"/> on <paramref name="flats"/>; returns the lock-out now in force, if any.</summary>
    Task<DateTimeOffset?> FailedAsync(string user, IReadOnlyList<string> flats, CancellationToken cancellationToken);
}
