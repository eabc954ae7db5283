using ConciergeBot.Knowledge;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ConciergeBot.Tests.Bot.Knowledge;

/// <summary>The monthly handbook review: every shipped entry was last reviewed on 2026-10-31.</summary>
public sealed class HandbookReviewTests
{
    [Fact]
    public async Task Nothing_is_due_within_a_month_of_the_last_review()
    {
        await using var host = await BotTestHost.StartAsync(clock: new ManualClock(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8))));

        Assert.Empty(await host.Services.GetRequiredService<HandbookReview>().RunAsync(default));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task A_month_after_the_last_review_the_manager_gets_one_ping_listing_the_stale_entries()
    {
        await using var host = await BotTestHost.StartAsync(clock: new ManualClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8))));
        var review = host.Services.GetRequiredService<HandbookReview>();

        var due = await review.RunAsync(default);
        await review.RunAsync(default); // a repeated fire in the same month

        Assert.Contains("rule.quiet-hours", due);
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM outbox WHERE kind = 'review' AND ticket_number = 'handbook-2026-12' AND recipient_id = 'manager-sunqiang'"));
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM outbox WHERE kind = 'review' AND text LIKE '%{due.Count} 条内容超过一个月未复核%'"));
    }

    [Fact]
    public async Task The_service_schedules_the_review_in_the_calendar_Quartz_store()
    {
        await using var host = new BotHost();

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.NotNull(await scheduler.GetJobDetail(HandbookReviewJob.Key));
        Assert.Single(await scheduler.GetTriggersOfJob(HandbookReviewJob.Key));
    }

    [Fact]
    public void The_review_runs_at_nine_on_the_last_day_of_every_month_in_Beijing()
    {
        var trigger = TriggerBuilder.Create().WithSchedule(HandbookReviewJob.Cron())
            .StartAt(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8))).Build();

        var next = trigger.GetFireTimeAfter(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8)), next);
        Assert.Equal(new DateTimeOffset(2027, 2, 28, 9, 0, 0, TimeSpan.FromHours(8)), trigger.GetFireTimeAfter(new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.FromHours(8))));
    }
}
