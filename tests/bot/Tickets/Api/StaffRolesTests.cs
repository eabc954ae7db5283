using System.Net;

namespace ConciergeBot.Tests.Bot.Tickets.Api;

/// <summary>
/// The roles of the roster on every staff act (issue 13: a technician cancelled an emergency and reassigned another
/// ticket to himself). A refused act is a 403 with the reason and records nothing.
/// </summary>
public sealed class StaffRolesTests
{
    private const string Due = "2026-11-24T18:00:00+08:00";

    [Fact]
    public async Task A_technician_may_not_cancel_reassign_or_extend_nor_work_a_ticket_not_dispatched_to_him()
    {
        await using var api = StaffApiHost.Start();
        var emergency = await api.OpenAsync("emergency", "3栋2单元1202厨房着火了");
        var before = api.Recorded();

        var refused = new[]
        {
            await api.PostAsync("tech-liu", $"/api/tickets/{emergency}/state", """{"to":"Cancelled","note":"误报"}"""),
            await api.PostAsync("tech-liu", $"/api/tickets/{emergency}/state", """{"to":"Dispatched","assignee":"tech-liu"}"""),
            await api.PostAsync("tech-liu", $"/api/tickets/{emergency}/extend", $$"""{"clock":"Arrival","due":"{{Due}}","reason":"堵车"}"""),
            await api.PostAsync("tech-liu", $"/api/tickets/{emergency}/state", """{"to":"Accepted"}"""),
            await api.PostAsync("tech-liu", $"/api/tickets/{emergency}/pause", """{"reason":"业主不在家"}"""),
        };

        Assert.All(refused, r =>
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.Status);
            Assert.Contains("technician", r.Body.GetProperty("title").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(before, api.Recorded());
        var ticket = (await api.GetAsync("manager-sunqiang", $"/api/tickets/{emergency}")).Body.GetProperty("ticket");
        Assert.Equal(("Dispatched", "assistant-wanglei"), (ticket.GetProperty("state").GetString(), ticket.GetProperty("assignee").GetString()));
    }

    [Fact]
    public async Task A_technician_accepts_arrives_and_resolves_the_tickets_dispatched_to_him_but_does_not_close_them()
    {
        await using var api = StaffApiHost.Start();
        var number = await api.OpenAsync("repair.simple", "卫生间灯不亮");

        var dispatched = await api.PostAsync("assistant-wanglei", $"/api/tickets/{number}/state", """{"to":"Dispatched","assignee":"tech-liu"}""");
        var otherTechnician = await api.PostAsync("tech-zhang", $"/api/tickets/{number}/state", """{"to":"Accepted"}""");
        var accepted = await api.PostAsync("tech-liu", $"/api/tickets/{number}/state", """{"to":"Accepted"}""");
        var onSite = await api.PostAsync("tech-liu", $"/api/tickets/{number}/state", """{"to":"OnSite"}""");
        var resolved = await api.PostAsync("tech-liu", $"/api/tickets/{number}/state", """{"to":"Resolved","note":"换了灯管"}""");
        var closed = await api.PostAsync("tech-liu", $"/api/tickets/{number}/state", """{"to":"Closed"}""");

        Assert.Equal(HttpStatusCode.OK, dispatched.Status);
        Assert.Equal(HttpStatusCode.Forbidden, otherTechnician.Status);
        Assert.Contains("dispatched to them", otherTechnician.Body.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { accepted.Status, onSite.Status, resolved.Status });
        Assert.Equal(HttpStatusCode.Forbidden, closed.Status);
        Assert.Equal("Resolved", await api.StateAsync(number));
    }

    [Fact]
    public async Task Assistants_run_the_desk_while_reassigning_extending_and_cancelling_an_emergency_are_for_the_leads()
    {
        await using var api = StaffApiHost.Start();
        var own = await api.OpenAsync("repair.simple", "换灯泡");
        var lijings = await api.OpenAsync("repair.simple", "门铃坏了", building: 1);
        var emergency = await api.OpenAsync("emergency", "3栋2单元1202厨房着火了");
        var seriousComplaint = await api.OpenAsync("complaint.staff", "保安骂人还推了我", severity: "serious");
        var before = api.Recorded();

        var refused = new[]
        {
            await api.PostAsync("assistant-wanglei", $"/api/tickets/{lijings}/state", """{"to":"Dispatched","assignee":"tech-zhang"}"""),
            await api.PostAsync("assistant-wanglei", $"/api/tickets/{emergency}/state", """{"to":"Cancelled","note":"业主说已经灭了"}"""),
            await api.PostAsync("assistant-wanglei", $"/api/tickets/{seriousComplaint}/state", """{"to":"Cancelled"}"""),
            await api.PostAsync("assistant-wanglei", $"/api/tickets/{own}/extend", $$"""{"clock":"Resolution","due":"{{Due}}","reason":"配件未到"}"""),
            await api.PostAsync("supervisor-zhouhua", $"/api/tickets/{own}/extend", $$"""{"clock":"Resolution","due":"{{Due}}","reason":"配件未到"}"""),
        };

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Forbidden, r.Status));
        Assert.Equal(before, api.Recorded());

        var desk = new[]
        {
            await api.PostAsync("assistant-wanglei", $"/api/tickets/{own}/pause", """{"reason":"业主不在家，约好下午"}"""),
            await api.PostAsync("assistant-wanglei", $"/api/tickets/{own}/resume", "{}"),
            await api.PostAsync("assistant-wanglei", $"/api/tickets/{own}/state", """{"to":"Dispatched","assignee":"tech-liu"}"""),
            await api.PostAsync("supervisor-zhouhua", $"/api/tickets/{lijings}/state", """{"to":"Dispatched","assignee":"tech-zhang"}"""),
            await api.PostAsync("supervisor-zhouhua", $"/api/tickets/{emergency}/state", """{"to":"Cancelled","note":"业主确认误报"}"""),
            await api.PostAsync("manager-sunqiang", $"/api/tickets/{own}/extend", $$"""{"clock":"Resolution","due":"{{Due}}","reason":"配件需厂家寄送"}"""),
            await api.PostAsync("assistant-lijing", $"/api/tickets/{own}/state", """{"to":"Cancelled","note":"业主自己修好了"}"""),
        };

        Assert.All(desk, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal("Cancelled", await api.StateAsync(emergency));
    }
}
