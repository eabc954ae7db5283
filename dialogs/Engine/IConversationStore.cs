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

    Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken);
}

/// <summary>A state record as stored: JSON plus the version it was read at.</summary>
public sealed record StoredState(string Json, long ETag);

/// <summary>A state write: the new JSON, and the ETag it was read at (null when it did not exist).</summary>
public sealed record StateWrite(string Key, string Json, long? ExpectedETag);

/// <summary>One transcript line: an inbound or outbound activity.</summary>
public sealed record TranscriptEntry(string ConversationKey, bool Outbound, string ActivityJson, DateTimeOffset At);

/// <summary>
/// Everything a turn writes, committed in one transaction; <paramref name="QueuedReplies"/> are replies the store
/// keeps for delivery after the commit (a durable outbox), for channels that send them after answering the request.
/// </summary>
public sealed record TurnCommit(IReadOnlyList<StateWrite> States, IReadOnlyList<TranscriptEntry> Transcript, IReadOnlyList<Activity>? QueuedReplies = null);
