using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Sla;
using ConciergeBot.Notifications;
using ConciergeBot.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Tickets;

public sealed class WorkflowTests
{
    private static readonly DateTimeOffset T0 = TicketHarness.DefaultStart;

    private static Actor Staff(TicketHarness h, string id) => Actor.Staff(h.Services.GetRequiredService<Roster>().FindById(id)!);

    [Fact]
    public async Task Ticket_numbers_count_per_Beijing_day()
    {
        await using var h = await TicketHarness.StartAsync(new DateTimeOffset(2026, 11, 22, 23, 59, 0, ChinaTime.Offset));
        var first = await h.OpenAsync("repair.simple", "换灯泡");
        var second = await h.OpenAsync("repair.simple", "换水龙头");
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        var nextDay = await h.OpenAsync("repair.simple", "换锁");

        Assert.Equal(["20261122-0001", "20261122-0002", "20261123-0001"], [first.Number, second.Number, nextDay.Number]);
    }

    [Fact]
    public async Task Opening_records_the_owner_words_dispatches_to_the_building_assistant_and_starts_the_clock()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("repair.simple", "卧室灯泡坏了", TicketPlace.Flat(7, 1, "301"));
        var ticket = await h.TicketAsync(opened.Number);
        var timeline = await h.Board.TimelineAsync(ticket.Id, CancellationToken.None);

        Assert.Equal(("赵敏", TicketState.Dispatched, "assistant-zhaomin"), (opened.Assignee, ticket.State, ticket.Assignee));
        Assert.Equal([TicketEventKinds.Received, TicketEventKinds.Dispatched, TicketEventKinds.ClockStarted], timeline.Select(e => e.Kind));
        Assert.Equal("卧室灯泡坏了", timeline[0].Detail);
        Assert.Equal("owner:user-1", timeline[0].Actor);
        Assert.All(timeline, e => Assert.Equal(T0, e.At));
    }

    [Fact]
    public async Task Flow_fulfils_clocks_and_resolution_starts_the_revisit_for_major_tickets()
    {
        await using var h = await TicketHarness.StartAsync(settings: new Dictionary<string, string?> { ["Sla:Revisit:Share"] = "0" });
        var opened = await h.OpenAsync("repair.urgent", "跳闸了");
        var id = (await h.TicketAsync(opened.Number)).Id;
        var tech = Staff(h, "tech-liu");
        var assistant = Staff(h, "assistant-wanglei");

        await h.Workflow.MoveAsync(id, TicketState.Dispatched, assistant, "tech-liu", null, CancellationToken.None);
        await h.Workflow.MoveAsync(id, TicketState.Accepted, tech, null, null, CancellationToken.None);
        h.Clock.SetUtcNow(T0.AddMinutes(12));
        await h.Keeper.FireDueAsync(CancellationToken.None); // breached at 10 minutes
        var onSite = await h.Workflow.MoveAsync(id, TicketState.OnSite, tech, null, null, CancellationToken.None);
        Assert.Equal(ClockStatus.Fulfilled, onSite.Clocks[0].Status);
        Assert.NotNull(onSite.Clocks[0].BreachedAt);

        var resolved = await h.Workflow.MoveAsync(id, TicketState.Resolved, tech, null, "换了空开", CancellationToken.None);
        Assert.True(resolved.RevisitSelected); // breached, so major even with a 0% share
        var followUp = Assert.Single(resolved.Clocks, c => c.Kind == ClockKind.FollowUp);
        Assert.Equal(T0.AddMinutes(12).AddDays(3), followUp.DueAt);

        var beforeRevisit = await Assert.ThrowsAsync<TicketRuleException>(() => h.Workflow.MoveAsync(id, TicketState.Closed, assistant, null, null, CancellationToken.None));
        Assert.Equal(TicketRuleKind.Conflict, beforeRevisit.Kind);
        var revisited = await h.Workflow.MoveAsync(id, TicketState.Revisited, assistant, null, "满意", CancellationToken.None);
        Assert.Equal(ClockStatus.Fulfilled, revisited.Clocks.Single(c => c.Kind == ClockKind.FollowUp).Status);
        var closed = await h.Workflow.MoveAsync(id, TicketState.Closed, assistant, null, null, CancellationToken.None);
        Assert.Equal(TicketState.Closed, closed.State);
    }

    [Fact]
    public async Task Ordinary_tickets_are_sampled_for_revisit_by_the_configured_share()
    {
        await using var h = await TicketHarness.StartAsync(settings: new Dictionary<string, string?> { ["Sla:Revisit:Share"] = "0", ["Sla:Revisit:Seed"] = "7" });
        var opened = await h.OpenAsync("repair.simple", "换灯泡");
        var id = (await h.TicketAsync(opened.Number)).Id;

        var resolved = await h.Workflow.MoveAsync(id, TicketState.Resolved, Staff(h, "assistant-wanglei"), null, null, CancellationToken.None);

        Assert.False(resolved.RevisitSelected);
        Assert.DoesNotContain(resolved.Clocks, c => c.Kind == ClockKind.FollowUp);
        Assert.Equal(TicketState.Closed, (await h.Workflow.MoveAsync(id, TicketState.Closed, Actor.System, null, null, CancellationToken.None)).State);
    }

    [Fact]
    public void Seeded_revisit_draws_are_reproducible_and_near_the_share()
    {
        var draws = Enumerable.Range(1, 2000).Select(i => RevisitSelector.Draw(42, $"20261123-{i:D4}")).ToList();

        Assert.Equal(draws, Enumerable.Range(1, 2000).Select(i => RevisitSelector.Draw(42, $"20261123-{i:D4}")));
        Assert.InRange(draws.Count(d => d < 0.5) / 2000.0, 0.45, 0.55);
        Assert.NotEqual(draws, Enumerable.Range(1, 2000).Select(i => RevisitSelector.Draw(43, $"20261123-{i:D4}")));
    }

    [Fact]
    public async Task Pausing_moves_the_deadline_and_the_warnings_by_the_time_paused()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("repair.simple", "换门把手");
        var id = (await h.TicketAsync(opened.Number)).Id;
        await h.DeliverAsync();
        var assistant = Staff(h, "assistant-wanglei");

        h.Clock.SetUtcNow(T0.AddHours(1));
        await h.Workflow.PauseAsync(id, assistant, "业主不在家，约好下午再来", CancellationToken.None);
        Assert.Empty(await h.AtAsync(T0.AddHours(3)));   // the 2-hour warning does not fire while paused

        h.Clock.SetUtcNow(T0.AddHours(3));
        var resumed = await h.Workflow.ResumeAsync(id, assistant, CancellationToken.None);
        Assert.Equal(T0.AddHours(6), resumed.Clocks[0].DueAt);
        Assert.Empty(await h.AtAsync(T0.AddHours(4).AddMinutes(-1)));
        Assert.Equal(["Warning1"], (await h.AtAsync(T0.AddHours(4))).Select(m => m.Stage));
        Assert.Equal(["Breach"], (await h.AtAsync(T0.AddHours(6))).Select(m => m.Stage));
    }

    [Fact]
    public async Task Emergency_and_urgent_arrival_clocks_never_pause()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("repair.urgent", "水管爆了");
        var id = (await h.TicketAsync(opened.Number)).Id;

        var refused = await Assert.ThrowsAsync<TicketRuleException>(() => h.Workflow.PauseAsync(id, Staff(h, "assistant-wanglei"), "业主不在家", CancellationToken.None));

        Assert.Equal(TicketRuleKind.Conflict, refused.Kind);
        Assert.Equal(ClockStatus.Running, (await h.TicketAsync(opened.Number)).Clocks[0].Status);
    }

    [Fact]
    public async Task Only_the_manager_extends_a_deadline_and_only_with_a_reason()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("public.general", "健身器材坏了", TicketPlace.Public("中心花园健身区"));
        var id = (await h.TicketAsync(opened.Number)).Id;
        var newDue = opened.Due!.Value.AddDays(2);

        var assistant = await Assert.ThrowsAsync<TicketRuleException>(() => h.Workflow.ExtendAsync(id, ClockKind.Resolution, newDue, "配件未到", Staff(h, "assistant-lijing"), CancellationToken.None));
        var supervisor = await Assert.ThrowsAsync<TicketRuleException>(() => h.Workflow.ExtendAsync(id, ClockKind.Resolution, newDue, "配件未到", Staff(h, "supervisor-zhouhua"), CancellationToken.None));
        var noReason = await Assert.ThrowsAsync<TicketRuleException>(() => h.Workflow.ExtendAsync(id, ClockKind.Resolution, newDue, " ", Staff(h, "manager-sunqiang"), CancellationToken.None));
        var extended = await h.Workflow.ExtendAsync(id, ClockKind.Resolution, newDue, "配件需厂家寄送", Staff(h, "manager-sunqiang"), CancellationToken.None);

        Assert.Equal((TicketRuleKind.Forbidden, TicketRuleKind.Forbidden, TicketRuleKind.Invalid), (assistant.Kind, supervisor.Kind, noReason.Kind));
        Assert.Equal(newDue, extended.Clocks[0].DueAt);
        Assert.True(extended.Clocks[0].Extended);
        var logged = (await h.Board.TimelineAsync(id, CancellationToken.None)).Single(e => e.Kind == TicketEventKinds.ClockExtended);
        Assert.Equal("manager-sunqiang:孙强", logged.Actor);
        Assert.Contains("配件需厂家寄送", logged.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_appointment_becomes_the_deadline_capped_at_seven_working_days()
    {
        await using var h = await TicketHarness.StartAsync(new DateTimeOffset(2026, 9, 30, 16, 0, 0, ChinaTime.Offset));
        var opened = await h.OpenAsync("repair.general", "墙面渗水", appointment: new DateTimeOffset(2026, 10, 9, 10, 0, 0, ChinaTime.Offset));
        Assert.Equal(new DateTimeOffset(2026, 10, 9, 10, 0, 0, ChinaTime.Offset), opened.Due);

        var id = (await h.TicketAsync(opened.Number)).Id;
        var capped = await h.Workflow.SetAppointmentAsync(id, new DateTimeOffset(2026, 10, 20, 10, 0, 0, ChinaTime.Offset), Actor.Owner("user-1"), CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 10, 15, 18, 0, 0, ChinaTime.Offset), capped.Clocks[0].DueAt);
        Assert.Contains("7个工作日上限", (await h.Board.TimelineAsync(id, CancellationToken.None))[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_moving_the_visit_of_an_ordinary_repair_moves_its_deadline_with_it_and_logs_why()
    {
        await using var h = await TicketHarness.StartAsync(new DateTimeOffset(2026, 9, 30, 16, 0, 0, ChinaTime.Offset));
        var opened = await h.OpenAsync("repair.general", "墙面渗水", appointment: new DateTimeOffset(2026, 10, 9, 10, 0, 0, ChinaTime.Offset));
        var later = new DateTimeOffset(2026, 10, 12, 15, 0, 0, ChinaTime.Offset);

        Assert.True(await h.Desk.AmendAsync(opened.Number, new OwnerIdentity(null, "user-1"), null, later, CancellationToken.None));

        var ticket = await h.TicketAsync(opened.Number);
        Assert.Equal((later, later), (ticket.AppointmentAt!.Value, ticket.Clocks.Single(c => c.Kind == ClockKind.Resolution).DueAt));
        Assert.Contains("按业主预约时间", (await h.Board.TimelineAsync(ticket.Id, CancellationToken.None))[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reopening_restarts_the_main_clock_counts_the_reopen_and_cancels_the_revisit()
    {
        await using var h = await TicketHarness.StartAsync(settings: new Dictionary<string, string?> { ["Sla:Revisit:Share"] = "1" });
        var opened = await h.OpenAsync("repair.simple", "换水龙头");
        var id = (await h.TicketAsync(opened.Number)).Id;
        h.Clock.SetUtcNow(T0.AddHours(1));
        var resolved = await h.Workflow.MoveAsync(id, TicketState.Resolved, Staff(h, "assistant-wanglei"), null, null, CancellationToken.None);
        Assert.Contains(resolved.Clocks, c => c.Kind == ClockKind.FollowUp && c.Status == ClockStatus.Running);
        await h.DeliverAsync();

        h.Clock.SetUtcNow(T0.AddHours(2));
        var reopened = await h.Workflow.ReopenAsync(id, Actor.Owner("user-1"), "还在滴水", CancellationToken.None);

        Assert.Equal((TicketState.Dispatched, 1), (reopened.State, reopened.ReopenCount));
        var main = reopened.Clocks.Single(c => c.Kind == ClockKind.Resolution);
        Assert.Equal((ClockStatus.Running, T0.AddHours(2), T0.AddHours(6)), (main.Status, main.StartedAt, main.DueAt));
        Assert.Equal(ClockStatus.Cancelled, reopened.Clocks.Single(c => c.Kind == ClockKind.FollowUp).Status);
        Assert.Equal([OutboxKinds.Reopened], (await h.DeliverAsync()).Select(m => m.Kind));
        Assert.True(reopened.IsMajor);

        await Assert.ThrowsAsync<TicketRuleException>(() => h.Workflow.ReopenAsync(id, Actor.Owner("user-1"), "again", CancellationToken.None));
    }

    [Fact]
    public async Task Illegal_moves_are_refused_and_cancelling_stops_the_clocks()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("service.concierge", "帮我叫辆出租车");
        var id = (await h.TicketAsync(opened.Number)).Id;

        await Assert.ThrowsAsync<TicketRuleException>(() => h.Workflow.MoveAsync(id, TicketState.Revisited, Actor.System, null, null, CancellationToken.None));
        var cancelled = await h.Workflow.MoveAsync(id, TicketState.Cancelled, Actor.Owner("user-1"), null, "不需要了", CancellationToken.None);

        Assert.Equal(ClockStatus.Cancelled, cancelled.Clocks[0].Status);
        Assert.Empty(await h.AtAsync(T0.AddHours(2)).ContinueWith(t => t.Result.Where(m => m.Kind != OutboxKinds.Opened).ToList(), TaskScheduler.Default));
    }

    [Fact]
    public async Task The_timeline_is_append_only()
    {
        await using var h = await TicketHarness.StartAsync();
        await h.OpenAsync("repair.simple", "换灯泡");
        await using var connection = await h.Services.GetRequiredService<ConciergeBot.Storage.SqliteDatabase>().OpenAsync();
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE ticket_events SET detail = 'x'";

        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => update.ExecuteNonQuery());
    }

    [Fact]
    public async Task Owners_see_their_own_tickets_and_can_add_details_and_the_place_later()
    {
        await using var h = await TicketHarness.StartAsync();
        var mine = await h.OpenAsync("emergency", "闻到很大的煤气味", TicketPlace.Unknown, user: "owner-a");
        await h.OpenAsync("repair.simple", "换灯泡", user: "owner-b");
        await h.DeliverAsync();

        Assert.False(await h.Desk.AddDetailsAsync(mine.Number, new OwnerIdentity(null, "owner-b"), TicketPlace.Flat(1, 1, "801"), null, CancellationToken.None));
        // The same user id on another channel is another person.
        Assert.False(await h.Desk.AddDetailsAsync(mine.Number, new OwnerIdentity("wechat", "owner-a"), TicketPlace.Flat(1, 1, "801"), null, CancellationToken.None));
        Assert.Empty(await h.Desk.ForOwnerAsync(new OwnerIdentity("wechat", "owner-a"), 10, CancellationToken.None));
        Assert.True(await h.Desk.AddDetailsAsync(mine.Number, new OwnerIdentity(null, "owner-a"), TicketPlace.Flat(1, 1, "801"), "厨房那边", CancellationToken.None));

        var list = await h.Desk.ForOwnerAsync(new OwnerIdentity(null, "owner-a"), 10, CancellationToken.None);
        var summary = Assert.Single(list);
        Assert.Equal(("1栋1单元801", "李静", "已派单"), (summary.Place.Describe(), summary.Assignee, summary.State));
        Assert.Contains("厨房那边", summary.Description, StringComparison.Ordinal);
        var update = Assert.Single(await h.DeliverAsync());
        Assert.Equal("李静", update.Recipient);
    }
}
