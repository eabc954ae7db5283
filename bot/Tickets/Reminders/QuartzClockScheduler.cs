using System.Threading.Channels;
using ConciergeBot.Sla;
using ConciergeBot.Storage;
using Quartz;

namespace ConciergeBot.Tickets.Reminders;

/// <summary>
/// Mirrors clocks into Quartz's persistent store: one durable job per clock, one one-shot trigger per pending
/// stage (warnings, morning reminder, breach, escalation) with misfire instruction FireNow, so a stage that
/// fell due while the service was down fires as soon as it is back. A clock with nothing pending loses its job.
/// Committed clock changes are queued by id and applied in batches in the background (re-reading the clocks,
/// so the latest state wins): an owner's reply never waits for Quartz, and a crash in between is caught by the
/// sweep.
/// </summary>
internal sealed partial class QuartzClockScheduler(
    ISchedulerFactory factory, SlaPolicy policy, SqliteDatabase database, ILogger<QuartzClockScheduler> logger) : BackgroundService, IClockScheduler
{
    private const int Batch = 500;
    private readonly Channel<long> _pending = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    public Task SyncAsync(IReadOnlyCollection<TicketClock> clocks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clocks);
        foreach (var clock in clocks)
        {
            _pending.Writer.TryWrite(clock.Id);
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _pending.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                var ids = new HashSet<long>();
                while (ids.Count < Batch && _pending.Reader.TryRead(out var id))
                {
                    ids.Add(id);
                }

                try
                {
                    await ApplyAsync(ids, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogScheduleFailed(logger, ids.Count, ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping; what is still queued is re-derived from the clocks by the sweep after the restart.
        }
    }

    /// <summary>Schedules the pending stages of these clocks (as they are in the database now) and drops finished ones.</summary>
    internal async Task ApplyAsync(IReadOnlyCollection<long> clockIds, CancellationToken cancellationToken)
    {
        IReadOnlyList<TicketClock> clocks;
        await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            clocks = await TicketStore.LoadClocksAsync(connection, clockIds, cancellationToken).ConfigureAwait(false);
        }

        var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
        var idle = clockIds.Except(clocks.Select(c => c.Id)).Select(SlaClockJob.KeyFor).ToList();
        foreach (var clock in clocks)
        {
            var key = SlaClockJob.KeyFor(clock.Id);
            var stages = ClockRules.PendingStages(clock, policy).ToList();
            if (stages.Count == 0)
            {
                idle.Add(key);
                continue;
            }

            var job = JobBuilder.Create<SlaClockJob>().WithIdentity(key).StoreDurably().Build();
            jobs[job] = [.. stages.Select(stage => TriggerBuilder.Create(scheduler.TimeProvider)
                .WithIdentity($"{key.Name}-{stage.Stage}", SlaClockJob.Group)
                .ForJob(key)
                .StartAt(stage.At)
                .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build())];
        }

        if (idle.Count > 0)
        {
            await scheduler.DeleteJobs(idle, cancellationToken).ConfigureAwait(false);
        }

        if (jobs.Count > 0)
        {
            await scheduler.ScheduleJobs(jobs, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not schedule the reminders of {Count} clock(s); the sweep will announce them")]
    private static partial void LogScheduleFailed(ILogger logger, int count, Exception exception);
}
