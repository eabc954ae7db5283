using Quartz;

namespace ConciergeBot.Tickets.Reminders;

/// <summary>
/// Removes, at start, the per-clock Quartz jobs (group <c>sla</c>) that earlier versions mirrored from the clock rows
/// into the shared Quartz store: their job type no longer exists, and the clock rows alone drive reminders now.
/// </summary>
internal sealed partial class RetiredReminderTriggers(ISchedulerFactory factory, ILogger<RetiredReminderTriggers> logger) : IHostedService
{
    private const string Group = "sla";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
            var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), cancellationToken).ConfigureAwait(false);
            if (keys.Count > 0)
            {
                await scheduler.DeleteJobs(keys, cancellationToken).ConfigureAwait(false);
                LogRemoved(logger, keys.Count);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} retired per-clock Quartz job(s); reminders come from the clock rows")]
    private static partial void LogRemoved(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove the retired per-clock Quartz jobs")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
