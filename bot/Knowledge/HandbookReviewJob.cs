using ConciergeBot.Knowledge.Calendar;
using Quartz;

namespace ConciergeBot.Knowledge;

/// <summary>Quartz job of the monthly handbook review: 09:00 Beijing time on the last day of every month (the standard: "at each month's end").</summary>
[DisallowConcurrentExecution]
internal sealed class HandbookReviewJob(HandbookReview review) : IJob
{
    public static readonly JobKey Key = new("handbook-review", "knowledge");

    /// <summary>Quartz cron: second minute hour day-of-month month day-of-week.</summary>
    public const string Schedule = "0 0 9 L * ?";

    /// <summary>The schedule in Beijing time; the cron smart policy fires once at start when the 1st was missed while down.</summary>
    public static CronScheduleBuilder Cron() => CronScheduleBuilder.Create(Schedule)
        .InTimeZone(TimeZoneInfo.CreateCustomTimeZone("China Standard Time", ChinaTime.Offset, "Beijing", "Beijing"));

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await review.RunAsync(cancellationToken).ConfigureAwait(false);
}
