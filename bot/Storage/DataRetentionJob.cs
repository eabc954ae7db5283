using ConciergeBot.Knowledge.Calendar;
using Quartz;

namespace ConciergeBot.Storage;

/// <summary>Quartz job of the retention run (<c>Storage:Retention:Schedule</c>, Beijing time; a run missed while down fires at start).</summary>
[DisallowConcurrentExecution]
internal sealed class DataRetentionJob(DataRetention retention) : IJob
{
    public static readonly JobKey Key = new("retention", "storage");

    /// <summary>Whether <paramref name="schedule"/> is a Quartz cron expression.</summary>
    public static bool IsValid(string? schedule)
    {
        try
        {
            _ = new CronExpression(schedule ?? "");
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A storage job's schedule, read in Beijing time.</summary>
    public static CronScheduleBuilder Cron(string schedule) => CronScheduleBuilder.Create(schedule).InTimeZone(ChinaTime.Zone);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await retention.RunAsync(cancellationToken).ConfigureAwait(false);
}
