namespace ConciergeBot.Storage;

/// <summary>
/// One kind of row that ages out, registered by the feature that owns the table: its SQL deletes at most
/// <c>$batch</c> rows older than <c>$cutoff</c> (ISO 8601 UTC text, or Unix milliseconds with
/// <paramref name="CutoffAsUnixMilliseconds"/>); the count of its last statement is what it deleted. It runs inside the
/// writer's transaction, a batch at a time, so turns are not held up for long. Rows of a conversation in the
/// <c>retention_holds</c> view (one whose ticket is not closed or cancelled) must never be deleted.
/// </summary>
/// <param name="Name">What is pruned, for the log: "transcript".</param>
/// <param name="Window">The window from the options; zero keeps the rows forever.</param>
internal sealed record RetentionRule(string Name, Func<RetentionOptions, TimeSpan> Window, string Sql, bool CutoffAsUnixMilliseconds = false);
