using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Notifications;
using ConciergeBot.Sla;
using ConciergeBot.Tickets;

namespace ConciergeBot.Tests.Bot.Tickets;

public sealed class ReminderTests
{
    private static readonly DateTimeOffset T0 = TicketHarness.DefaultStart;

    [Fact]
    public async Task Urgent_leak_pings_at_open_warns_at_5_and_8_minutes_breaches_at_10_and_escalates_at_20()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("repair.urgent", "卫生间水管爆了，水漫出来了");

        Assert.Equal(T0.AddMinutes(10), opened.Due);
        var atOpen = await h.DeliverAsync();
        Assert.Equal([(OutboxKinds.Opened, "assistant", "王磊")], atOpen.Select(m => (m.Kind, m.Level, m.Recipient)));

        Assert.Empty(await h.AtAsync(T0.AddMinutes(5).AddMilliseconds(-1)));
        var warning1 = Assert.Single(await h.AtAsync(T0.AddMinutes(5)));
        Assert.Equal((OutboxKinds.Warning, "assistant", "王磊", nameof(ClockStage.Warning1)), (warning1.Kind, warning1.Level, warning1.Recipient, warning1.Stage));
        Assert.Contains("还剩5分钟", warning1.Text, StringComparison.Ordinal);

        Assert.Empty(await h.AtAsync(T0.AddMinutes(7)));
        var warning2 = Assert.Single(await h.AtAsync(T0.AddMinutes(8)));
        Assert.Equal(nameof(ClockStage.Warning2), warning2.Stage);

        var breach = Assert.Single(await h.AtAsync(T0.AddMinutes(10)));
        Assert.Equal((OutboxKinds.Breach, "supervisor", "周华"), (breach.Kind, breach.Level, breach.Recipient));
        Assert.Contains("10:10前到场", breach.Text, StringComparison.Ordinal);

        Assert.Empty(await h.AtAsync(T0.AddMinutes(19)));
        var escalation = Assert.Single(await h.AtAsync(T0.AddMinutes(20)));
        Assert.Equal((OutboxKinds.Escalation, "manager", "孙强"), (escalation.Kind, escalation.Level, escalation.Recipient));
        Assert.Contains("已超时10分钟", escalation.Text, StringComparison.Ordinal);

        Assert.Empty(await h.AtAsync(T0.AddHours(5)));
        var ticket = await h.TicketAsync(opened.Number);
        Assert.Equal(T0.AddMinutes(10), ticket.Clocks[0].BreachedAt);
        Assert.Equal(EscalationLevel.Manager, ticket.EscalationLevel);
        Assert.Null(ticket.Clocks[0].NextStageAt);
    }

    [Fact]
    public async Task A_stage_is_announced_once_however_often_the_clock_is_processed()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("repair.urgent", "停电了");
        var clockId = (await h.TicketAsync(opened.Number)).Clocks[0].Id;
        h.Clock.SetUtcNow(T0.AddMinutes(5));

        var first = await h.Keeper.ProcessAsync(clockId, null, CancellationToken.None);
        var again = await h.Keeper.ProcessAsync(clockId, null, CancellationToken.None);
        var swept = await h.Keeper.FireDueAsync(CancellationToken.None);

        Assert.Equal((1, 0, 0), (first, again, swept));
        Assert.Single(await h.OutboxAsync(), e => e.Message.Kind == OutboxKinds.Warning);
    }

    [Fact]
    public async Task A_trigger_firing_a_moment_early_counts_for_its_own_time()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("repair.urgent", "停电了");
        var clockId = (await h.TicketAsync(opened.Number)).Clocks[0].Id;
        h.Clock.SetUtcNow(T0.AddMinutes(5).AddMilliseconds(-3));

        Assert.Equal(0, await h.Keeper.ProcessAsync(clockId, null, CancellationToken.None));
        Assert.Equal(1, await h.Keeper.ProcessAsync(clockId, T0.AddMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task After_downtime_overtaken_warnings_are_recorded_but_only_the_latest_stages_are_sent()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("repair.urgent", "马桶堵了");
        await h.DeliverAsync();

        var sent = await h.AtAsync(T0.AddMinutes(12));

        Assert.Equal([OutboxKinds.Breach], sent.Select(m => m.Kind));
        var clock = (await h.TicketAsync(opened.Number)).Clocks[0];
        Assert.Equal(ClockStage.Warning1 | ClockStage.Warning2 | ClockStage.Breach, clock.Fired);
        Assert.Equal(T0.AddMinutes(20), clock.NextStageAt);
        var timeline = await h.Board.TimelineAsync((await h.TicketAsync(opened.Number)).Id, CancellationToken.None);
        Assert.Equal(2, timeline.Count(e => e.Kind == TicketEventKinds.ClockWarned && e.Detail!.Contains("未发送", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Emergencies_reach_the_supervisor_at_report_time()
    {
        await using var h = await TicketHarness.StartAsync();
        await h.OpenAsync("emergency", "电梯困人了，有人被关在里面", TicketPlace.Public("电梯", 5));

        var sent = await h.DeliverAsync();

        Assert.Equal([("assistant", "陈晓"), ("supervisor", "周华")], sent.Select(m => (m.Level, m.Recipient)));
        Assert.Contains("紧急工单", sent[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serious_staff_complaints_reach_the_supervisor_at_once_and_get_two_days()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("complaint.staff", "保安骂人还推了我", severity: "serious");

        Assert.Equal(T0.AddDays(2), opened.Due);
        Assert.Contains((await h.DeliverAsync()), m => m.Level == "supervisor" && m.Kind == OutboxKinds.Opened);
    }

    [Fact]
    public async Task Working_day_clock_warns_on_the_morning_of_the_due_day()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("public.general", "楼道灯坏了", TicketPlace.Public("1单元楼道", 3));
        var due = new DateTimeOffset(2026, 11, 26, 18, 0, 0, ConciergeBot.Knowledge.Calendar.ChinaTime.Offset);
        Assert.Equal(due, opened.Due);
        await h.DeliverAsync();

        await h.AtAsync(due.AddHours(-10));
        var morning = Assert.Single(await h.AtAsync(due.AddHours(-9)));

        Assert.Equal(nameof(ClockStage.Morning), morning.Stage);
        Assert.Contains("今日到期", morning.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pings_name_the_ticket_the_place_the_problem_and_link_to_it()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("repair.urgent", "厨房漏水");

        var ping = Assert.Single(await h.DeliverAsync());

        Assert.Contains(opened.Number, ping.Text, StringComparison.Ordinal);
        Assert.Contains("3栋2单元1202", ping.Text, StringComparison.Ordinal);
        Assert.Contains("厨房漏水", ping.Text, StringComparison.Ordinal);
        Assert.Contains("10:10前到场", ping.Text, StringComparison.Ordinal);
        Assert.Contains($"/api/tickets/{opened.Number}", ping.Text, StringComparison.Ordinal);
        Assert.Equal(opened.Due, ping.Due);
    }
}
