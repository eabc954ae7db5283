using ConciergeBot.Storage;

namespace ConciergeBot.Tickets.Reminders;

/// <summary>
/// The one reminder path. The clock rows are the truth: this service fires every stage whose <c>next_stage_at</c>
/// is past (at start that is everything that fell due while the service was down, SIGKILL included), then sleeps on
/// the service's <see cref="TimeProvider"/> until the earliest <c>next_stage_at</c> — or until a commit brings a
/// nearer stage (<see cref="ReminderSignal"/>). Each stage is fired by <see cref="ClockKeeper"/> in one write
/// transaction through the group-commit writer (the stage, its timeline event and its outbox rows), and a stage
/// already recorded is skipped, so a second pass over the same clock is a no-op.
/// </summary>
internal sealed partial class ReminderScheduler(
    ClockKeeper keeper, ReminderSignal signal, SqliteDatabase database, TimeProvider time, IConfiguration configuration, ILogger<ReminderScheduler> logger)
    : BackgroundService
{
    /// <summary>How long to wait before looking again after a pass failed or left a stage it could not fire.</summary>
    internal static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>The longest single sleep (Task.Delay's limit is ~49 days; a day keeps the arithmetic trivial).</summary>
    private static readonly TimeSpan LongestSleep = TimeSpan.FromDays(1);

    /// <summary>Configuration keys of the retired mechanisms, still accepted with a warning.</summary>
    internal static readonly string[] RetiredKeys = ["Sla:Scheduler", "Sla:SweepInterval"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        foreach (var key in RetiredKeys)
        {
            if (configuration[key] is { } value)
            {
                LogRetiredKey(logger, key, value);
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            signal.BeginPass();
            DateTimeOffset next;
            try
            {
                var asOf = time.GetUtcNow();
                await keeper.FireDueAsync(asOf, stoppingToken).ConfigureAwait(false);
                var earliest = await NextStageAtAsync(stoppingToken).ConfigureAwait(false);
                next = earliest switch
                {
                    null => time.GetUtcNow() + LongestSleep,
                    { } at when at <= asOf => time.GetUtcNow() + RetryAfter, // a stage that could not be fired (logged)
                    { } at => at,
                };
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPassFailed(logger, ex);
                next = time.GetUtcNow() + RetryAfter;
            }

            if (!signal.TrySleep(next, out var wake))
            {
                continue;
            }

            var delay = next - time.GetUtcNow();
            if (delay <= TimeSpan.Zero)
            {
                continue;
            }

            using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var timer = Task.Delay(delay < LongestSleep ? delay : LongestSleep, time, sleep.Token);
            var first = await Task.WhenAny(timer, wake).ConfigureAwait(false);
            await sleep.CancelAsync().ConfigureAwait(false);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (first == timer && delay <= LongestSleep)
            {
                await UntilAsync(next, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// A system timer may fire a millisecond or two before the clock reads its instant: wait out the rest, so no stage
    /// is recorded before its time.
    /// </summary>
    private async Task UntilAsync(DateTimeOffset instant, CancellationToken stoppingToken)
    {
        try
        {
            while (instant - time.GetUtcNow() is var rest && rest > TimeSpan.Zero)
            {
                await Task.Delay(rest < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : rest, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop sees the token.
        }
    }

    private async Task<DateTimeOffset?> NextStageAtAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await TicketStore.EarliestStageAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The reminder pass failed; it runs again shortly")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Key} = '{Value}' is no longer used and is ignored: reminders are always fired by the in-process scheduler over ticket_clocks.next_stage_at")]
    private static partial void LogRetiredKey(ILogger logger, string key, string value);
}
