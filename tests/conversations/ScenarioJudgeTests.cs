namespace ConciergeBot.Tests.Conversations;

/// <summary>The suite's judge on tickets made up here: what makes a scenario fail, so a passing scenario means something.</summary>
public sealed class ScenarioJudgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));

    private static readonly ScenarioExpectation Nothing = new(null, null, null, null, null, null, null, null);

    private static ScenarioTicket Repair(string state = "Dispatched", string? contact = null, string description = "卧室灯泡坏了", DateTimeOffset? at = null) =>
        new("20261123-0001", "repair.simple", state, 3, 2, "1202", null, contact, at, description);

    private static IReadOnlyList<string> Judge(ScenarioExpectation expect, params ScenarioTicket[] tickets) =>
        ScenarioRunner.Judge(expect, ["已为您登记，工单号 20261123-0001。"], tickets, Now);

    [Fact]
    public void Cancelled_tickets_do_not_count()
    {
        Assert.Empty(Judge(Nothing with { Tickets = 0 }, Repair(state: "Cancelled")));
        Assert.Single(Judge(Nothing with { Tickets = 1 }, Repair(state: "Cancelled")));
        Assert.Single(Judge(Nothing with { Intent = "repair.simple" }, Repair(state: "Cancelled")));
    }

    [Fact]
    public void The_ticket_fields_must_all_hold_on_one_ticket()
    {
        var other = new ScenarioTicket("20261123-0002", "complaint.neighbor", "Received", 3, 2, "1302", null, null, null, "楼上吵");
        Assert.Empty(Judge(Nothing with { Intent = "repair.simple", Flat = "3-2-1202" }, other, Repair()));
        Assert.Empty(Judge(Nothing with { Intent = "complaint.neighbor", ComplainedFlat = "3-2-1302" }, Repair(), other));
        Assert.Single(Judge(Nothing with { Intent = "complaint.neighbor", Flat = "3-2-1202" }, Repair(), other));
        Assert.Single(Judge(Nothing with { Flat = "3-1-1202" }, Repair()));
    }

    [Fact]
    public void A_neighbour_complaint_holds_the_complainants_flat_in_its_note_and_the_other_flat_as_its_place()
    {
        var noted = new ScenarioTicket("20261123-0002", "complaint.neighbor", "Received", 3, 2, "1302", null, null, null, "楼上吵；投诉人住址：3栋2单元1202");
        var repair = Repair(description: "卧室灯泡坏了；投诉人住址：3栋2单元1502");
        Assert.Empty(Judge(Nothing with { Flat = "3-2-1202", ComplainedFlat = "3-2-1302" }, noted));
        Assert.Single(Judge(Nothing with { Flat = "3-2-1502", ComplainedFlat = "3-2-1302" }, noted));
        Assert.Single(Judge(Nothing with { Flat = "3-2-1502" }, repair));
    }

    [Fact]
    public void Place_fragments_must_all_be_in_the_place()
    {
        var lift = new ScenarioTicket("20261123-0003", "emergency", "Received", 3, null, null, "3栋2单元电梯", null, null, "电梯困人");
        Assert.Empty(Judge(Nothing with { PlaceContains = ["3栋", "电梯"] }, lift));
        Assert.Single(Judge(Nothing with { PlaceContains = ["3栋", "大堂"] }, lift));
        Assert.Empty(Judge(Nothing with { PlaceContains = ["3栋2单元1202"] }, Repair()));
    }

    [Fact]
    public void Appointments_are_days_after_the_clocks_local_date_at_a_local_time()
    {
        var tomorrowTen = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));
        Assert.Empty(Judge(Nothing with { Appointment = "+1d 10:00" }, Repair(at: tomorrowTen.ToUniversalTime())));
        Assert.Single(Judge(Nothing with { Appointment = "+1d 10:30" }, Repair(at: tomorrowTen)));
        Assert.Single(Judge(Nothing with { Appointment = "+2d 10:00" }, Repair(at: tomorrowTen)));
        Assert.Single(Judge(Nothing with { Appointment = "+1d 10:00" }, Repair()));
        Assert.Equal("+1d 10:00", RelativeAppointment.Describe(tomorrowTen, Now, ScenarioHost.Zone));
    }

    [Fact]
    public void A_contact_is_the_field_or_the_phone_the_bot_noted_not_a_phone_in_the_owners_words()
    {
        Assert.Empty(Judge(Nothing with { Contact = "13812345678" }, Repair(contact: "138-1234-5678")));
        Assert.Empty(Judge(Nothing with { Contact = "13812345678" }, Repair(description: "水管爆了；联系电话 13812345678")));
        Assert.Single(Judge(Nothing with { Contact = "13812345678" }, Repair(description: "水管爆了，我电话13812345678")));
        Assert.Single(Judge(Nothing with { Contact = "13812345678" }, Repair(contact: "13812345687")));
    }

    [Fact]
    public void Any_fragment_in_any_reply_to_the_last_turn_will_do()
    {
        Assert.Empty(Judge(Nothing with { ReplyContainsAny = ["取消", "工单号"] }));
        Assert.Single(Judge(Nothing with { ReplyContainsAny = ["取消"] }));
        Assert.Empty(Judge(Nothing with { ReplyContainsAny = [] }));
    }
}
