namespace ConciergeBot.Channels.WeChat;

/// <summary>
/// A push whose turn is running. Exactly one way of answering wins: a passive reply (the turn finished within the
/// window) or a deferred customer-service message (it did not); retries of the same push join the same turn.
/// </summary>
internal sealed class PendingPush(Task<string?> turn)
{
    private const int Undecided = 0;
    private const int Passive = 1;
    private const int DeferredMode = 2;
    private int _mode;

    public Task<string?> Turn { get; } = turn;

    /// <summary>True if the caller may answer passively (nobody has deferred the reply).</summary>
    public bool ClaimPassive() => Interlocked.CompareExchange(ref _mode, Passive, Undecided) is Undecided or Passive;

    /// <summary>True for the one caller that must send the reply later through the customer-service API.</summary>
    public bool ClaimDeferred() => Interlocked.CompareExchange(ref _mode, DeferredMode, Undecided) == Undecided;
}
