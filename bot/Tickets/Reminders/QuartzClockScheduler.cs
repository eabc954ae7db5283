using Quartz;

namespace ConciergeBot.Tickets.Reminders;

/// <summary>
/// Mirrors clocks into Quartz's persistent store: one durable job per clock, one one-shot trigger per pending
/// stage (warnings, morning reminder, breach, escalation) with misfire instruction FireNow, so a stage that
/// fell due while the service was down fires as soon as it is back. A clock with nothing pending loses its job.
/// </summary>
internal sealed class QuartzClockScheduler(ISchedulerFactory factory, Sla.SlaPolicy policy) : IClockScheduler
{
    public async Task SyncAsync(IReadOnlyCollection<TicketClock> clocks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clocks);
        var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
        var idle = new List<JobKey>();
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
}
