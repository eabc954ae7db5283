using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Tickets;

namespace ConciergeBot.Tests.Bot.Tickets;

/// <summary>A simple repair booked for later: its half day runs from the visit the owner chose, so nobody is chased before it.</summary>
public sealed class VisitClockTests
{
    private static readonly DateTimeOffset T0 = TicketHarness.DefaultStart; // Monday 10:00
    private static readonly OwnerIdentity Owner = new(null, "user-1");

    [Fact]
    public async Task A_bulb_booked_for_tomorrow_afternoon_is_due_half_a_day_after_the_visit_and_no_one_is_reminded_before()
    {
        await using var h = await TicketHarness.StartAsync();
        var visit = T0.AddDays(1).AddHours(5); // Tuesday 15:00

        var opened = await h.OpenAsync("repair.simple", "卧室灯泡坏了", appointment: visit);
        await h.DeliverAsync();

        Assert.Equal(visit.AddHours(4), opened.Due);
        Assert.Empty(await h.AtAsync(T0.AddHours(6)));             // the standard half day would have breached at 14:00 today
        Assert.Empty(await h.AtAsync(visit.AddMinutes(-1)));
        Assert.Contains(await h.AtAsync(visit.AddHours(4).AddMinutes(1)), m => m.Stage == "Breach");
    }

    [Fact]
    public async Task A_bulb_booked_within_the_half_day_keeps_the_standard_deadline()
    {
        await using var h = await TicketHarness.StartAsync();

        var opened = await h.OpenAsync("repair.simple", "换灯泡", appointment: T0.AddHours(1));

        Assert.Equal(T0.AddHours(4), opened.Due);
    }

    [Fact]
    public async Task Moving_the_visit_moves_the_half_day_and_moving_it_back_restores_the_standard()
    {
        await using var h = await TicketHarness.StartAsync();
        var opened = await h.OpenAsync("repair.simple", "换水龙头", appointment: T0.AddHours(2));
        Assert.Equal(T0.AddHours(4), opened.Due);

        var later = T0.AddDays(2); // Wednesday 10:00
        Assert.True(await h.Desk.AmendAsync(opened.Number, Owner, null, later, CancellationToken.None));
        Assert.Equal(later.AddHours(4), (await h.TicketAsync(opened.Number)).Clocks.Single(c => c.IsLive).DueAt);

        Assert.True(await h.Desk.AmendAsync(opened.Number, Owner, null, T0.AddHours(3), CancellationToken.None));
        Assert.Equal(T0.AddHours(4), (await h.TicketAsync(opened.Number)).Clocks.Single(c => c.IsLive).DueAt);
    }
}
