using ConciergeBot.Dialogs.Activities;

namespace ConciergeBot.Dialogs.Engine;

/// <summary>
/// Durable store of conversation/user state and the transcript. Reads return the stored JSON with its ETag;
/// <see cref="CommitAsync"/> writes a whole turn atomically and fails with <see cref="StateConflictException"/>
/// when a state record changed since it was read (optimistic concurrency).
/// </summary>
public interface IConversationStore
{
    Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Reads two records (a turn's conversation and user); a store may do it in one round trip.</summary>
    async Task<(StoredState? First, StoredState? Second)> ReadPairAsync(string first, string second, CancellationToken cancellationToken) =>
        (await ReadAsync(first, cancellationToken).ConfigureAwait(false), await ReadAsync(second, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Writes a turn. Inside the turn's <see cref="ITurnUnit"/> (<see cref="BeginTurn"/>) it joins whatever the turn
    /// already wrote (a ticket it opened), and all of it becomes durable with <see cref="ITurnUnit.CommitAsync"/>.
    /// </summary>
    Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken);

    /// <summary>
    /// Starts the turn's unit of work for the calling flow: what the turn writes through the stores that join it
    /// (tickets) commits with the turn's own commit in one transaction, or — disposed uncommitted — not at all.
    /// </summary>
    ITurnUnit BeginTurn() => NoUnit.Instance;

    /// <summary>The replies an activity already processed produced (a retry gets them again), or null.</summary>
    Task<IReadOnlyList<Activity>?> FindProcessedAsync(ActivityKey key, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Activity>?>(null);

    private sealed class NoUnit : ITurnUnit
    {
        public static readonly NoUnit Instance = new();

        public Task CommitAsync() => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>A turn's unit of work: committed once, or rolled back when disposed uncommitted.</summary>
public interface ITurnUnit : IAsyncDisposable
{
    Task CommitAsync();
}

/// <summary>
/// What makes an inbound activity the same activity when a channel sends it again: the channel, the
/// conversation and the activity's own id (ids are only unique within a conversation of a channel).
/// </summary>
public sealed record ActivityKey(string ChannelId, string ConversationId, string ActivityId);

/// <summary>A state record as stored: JSON plus the version it was read at.</summary>
public sealed record StoredState(string Json, long ETag);

/// <summary>A state write: the new JSON, and the ETag it was read at (null when it did not exist).</summary>
public sealed record StateWrite(string Key, string Json, long? ExpectedETag);

/// <summary>One transcript line: an inbound or outbound activity.</summary>
public sealed record TranscriptEntry(string ConversationKey, bool Outbound, string ActivityJson, DateTimeOffset At);

/// <summary>
/// Everything a turn writes, committed in one transaction; <paramref name="QueuedReplies"/> are replies the store
/// keeps for delivery after the commit (a durable outbox), for channels that send them after answering the request.
/// <paramref name="Processed"/>, when the activity carried its own id, records it as processed with
/// <paramref name="Replies"/> (what a retry of it gets back).
/// </summary>
public sealed record TurnCommit(
    IReadOnlyList<StateWrite> States,
    IReadOnlyList<TranscriptEntry> Transcript,
    IReadOnlyList<Activity>? QueuedReplies = null,
    ActivityKey? Processed = null,
    IReadOnlyList<Activity>? Replies = null);
