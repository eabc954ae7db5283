using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Tickets;

/// <summary>An owner's later words make their open ticket more urgent: new class, new clock from now, staff told once.</summary>
public sealed class UpgradeTests
{
    private static readonly DateTimeOffset T0 = TicketHarness.DefaultStart;
    private static readonly OwnerIdentity Owner = new(null, "user-1");

    [Fact]
    public async Task A_broken_lift_that_strands_an_elderly_owner_moves_to_the_ten_minute_clock_from_the_moment_it_is_said()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("public.general", "1栋电梯坏了", TicketPlace.Flat(1, 1, "2601"));
        await h.DeliverAsync();
        h.Clock.SetUtcNow(T0.AddMinutes(3));

        var upgraded = await h.Desk.UpgradeAsync(opened.Number, Owner, "public.urgent", "我腿脚不好 走不了楼梯", CancellationToken.None);

        Assert.NotNull(upgraded);
        Assert.Equal(T0.AddMinutes(13), upgraded.Due);
        var ticket = await h.TicketAsync(opened.Number);
        Assert.Equal("public.urgent", ticket.Intent);
        Assert.Contains("走不了楼梯", ticket.Description, StringComparison.Ordinal);
        Assert.Equal([ClockStatus.Cancelled, ClockStatus.Running], ticket.Clocks.OrderBy(c => c.Id).Select(c => c.Status));
        var timeline = await h.Board.TimelineAsync(ticket.Id, CancellationToken.None);
        Assert.Contains(timeline, e => e.Kind == TicketEventKinds.Upgraded && e.Detail!.Contains("升级为", StringComparison.Ordinal));
        var pings = await h.DeliverAsync();
        var ping = Assert.Single(pings);
        Assert.Contains("【工单升级】", ping.Text, StringComparison.Ordinal);

        // The new clock is the one that reminds: breached at 10 minutes after the words, not after 3 working days.
        var later = await h.AtAsync(T0.AddMinutes(14));
        Assert.Contains(later, m => m.Stage == "Breach");
    }

    [Fact]
    public async Task An_emergency_upgrade_tells_the_supervisor_at_once()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("public.general", "电梯不动了", TicketPlace.Flat(7, 1, "301"));
        await h.DeliverAsync();

        var upgraded = await h.Desk.UpgradeAsync(opened.Number, Owner, "emergency", "电梯里还关着我妈", CancellationToken.None);

        Assert.NotNull(upgraded);
        var supervisor = h.Services.GetRequiredService<Roster>().Supervisor;
        var pings = await h.DeliverAsync();
        Assert.Equal(2, pings.Count);
        Assert.Contains(pings, m => m.RecipientId == supervisor.Id);
        Assert.Equal(EscalationLevel.Supervisor, (await h.TicketAsync(opened.Number)).EscalationLevel);
    }

    [Fact]
    public async Task Nothing_changes_for_another_owner_a_closed_ticket_or_a_class_no_faster()
    {
        await using var h = await TicketHarness.StartAsync();
        var urgent = await h.OpenAsync("repair.urgent", "漏水");
        var general = await h.OpenAsync("repair.general", "墙面渗水");

        Assert.Null(await h.Desk.UpgradeAsync(general.Number, new OwnerIdentity(null, "someone-else"), "repair.urgent", "水流到客厅了", CancellationToken.None));
        Assert.Null(await h.Desk.UpgradeAsync(urgent.Number, Owner, "repair.urgent", "还在漏", CancellationToken.None));
        Assert.Null(await h.Desk.UpgradeAsync(urgent.Number, Owner, "repair.general", "好像小一点了", CancellationToken.None));
        Assert.True(await h.Desk.CancelByOwnerAsync(general.Number, Owner, "不用了", CancellationToken.None));
        Assert.Null(await h.Desk.UpgradeAsync(general.Number, Owner, "repair.urgent", "水流到客厅了", CancellationToken.None));
        Assert.Equal("repair.general", (await h.TicketAsync(general.Number)).Intent);
    }
}
