using ConciergeBot.Dialogs.Activities;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Storage;

/// <summary>
/// Where the conversation store puts the replies a turn sends after its commit (a turn on <c>/api/messages</c>
/// without expectReplies): into the outbox, in the turn's own transaction, so a reply is neither lost by a restart
/// after the commit nor sent for a turn that rolled back.
/// </summary>
public interface IReplyOutbox
{
    Task QueueRepliesAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Activity> replies, CancellationToken cancellationToken);

    /// <summary>Called after the transaction that queued replies committed: wakes the delivery loop.</summary>
    void Committed();
}
