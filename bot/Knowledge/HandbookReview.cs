using System.Globalization;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Notifications;
using ConciergeBot.Storage;
using ConciergeBot.Tickets;

namespace ConciergeBot.Knowledge;

/// <summary>
/// The monthly handbook review (the service standard: reviewed monthly, updated within 3 working days of a change):
/// lists the entries not reviewed in the last month and sends the manager one ping per month through the outbox,
/// so it is delivered like any other ping and a repeated run in the same month sends nothing more.
/// </summary>
internal sealed partial class HandbookReview(
    KnowledgeStore knowledge, SqliteDatabase database, Outbox outbox, OutboxSignal signal, TimeProvider time, ILogger<HandbookReview> logger)
{
    public const string Kind = "review";

    /// <summary>Runs the review for the current Beijing month; returns the entries due (empty when all are current).</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var due = knowledge.EntriesDueForReview(today);
        if (due.Count == 0)
        {
            LogAllCurrent(logger, today);
            return [];
        }

        var key = "handbook-" + today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var manager = knowledge.Current.Roster.Manager;
        var listed = string.Join("；", due.Take(20).Select(e => $"{e.Title}（{e.Id}，上次复核 {e.Reviewed:yyyy-MM-dd}）"));
        var text = $"【业主手册月度复核】{due.Count} 条内容超过一个月未复核，请安排核对并更新复核日期：{listed}" +
            (due.Count > 20 ? $"；另有 {due.Count - 20} 条。" : "。");
        var queued = await database.WriteAsync(async (c, t) =>
        {
            if (await Db.ScalarAsync(c, t, "SELECT COUNT(*) FROM outbox WHERE ticket_number = $key AND kind = $kind", cancellationToken,
                    ("$key", key), ("$kind", Kind)).ConfigureAwait(false) > 0)
            {
                return false;
            }

            await outbox.EnqueueAsync(c, t, new OutboxMessage(0, null, key, Kind, "manager", manager.Name, manager.Id, text, null, null, now, Priority: OutboxPriority.Routine),
                cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (queued)
        {
            signal.Notify();
        }

        LogDue(logger, due.Count, today, queued);
        return [.. due.Select(e => e.Id)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handbook review {Today}: every entry was reviewed within the last month")]
    private static partial void LogAllCurrent(ILogger logger, DateOnly today);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handbook review {Today}: {Count} entries not reviewed in the last month (manager pinged: {Queued})")]
    private static partial void LogDue(ILogger logger, int count, DateOnly today, bool queued);
}
