using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the thirty-second fresh conversation set found, as classes, in sentences of our own (clock: Sunday 2026-11-22
/// 10:00, Asia/Shanghai): water still off at home after a works notice's end is the home's urgent repair; a scam message
/// threatening to cut water and power "不然…" reports no outage; a trip reset last night and fine now opens nothing; the
/// estate's own works spoiling a door are no neighbour's doing; sparks at the e-bike charging shed are placed at the
/// shed; "算了还是帮我叫吧" after cancelling a booking already agreed books it again at once, the morning said beside it
/// not moving the hour agreed; a landlord saying who writes is asked nothing; a question pointing back at the answer
/// before ("does he need anything from me?") is asked of that answer.
/// </summary>
public sealed class RoundThirtySixChatTests
{
    [Fact]
    public async Task Water_still_off_at_home_after_a_works_notice_is_the_homes_urgent_repair()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 2);
        await host.Flow()
            .Send($"公告说今天凌晨两点到六点换阀门停水，现在都十点了，我家厨房水龙头还是一滴水都没有，{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'repair.urgent' AND building = {room.Building} AND unit = {room.Unit} AND room = '{room.Room}'"));
    }

    [Theory]
    [InlineData("有人打电话说我家欠了半年管理费，让我加微信转账，否则明天就断水断电，是你们的人吗？")]
    [InlineData("前天半夜家里跳闸了，我自己把总闸合上去就好了，现在一切正常，就是想问问为什么会跳")]
    public async Task A_threat_or_a_trip_already_put_right_opens_nothing(string text)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow().Send(text).IgnoreReplies().StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent IN ('emergency', 'repair.urgent', 'public.urgent')"));
    }

    [Fact]
    public async Task The_estates_own_works_spoiling_a_door_are_no_neighbour_complaint()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("你们物业找的工人在6栋楼道刷漆，油漆滴得我家门口地垫上全是，也不提前说一声").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor'"));
    }

    [Fact]
    public async Task Sparks_at_the_charging_shed_are_placed_at_the_shed()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("8栋后面的电动车充电棚，有个插座一直在冒火花，还有车插在上面").IgnoreReplies()
            .Send("是").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND location LIKE '%充电棚%'"));
    }

    [Fact]
    public async Task A_booking_called_off_and_asked_for_again_is_booked_at_once_at_the_hour_agreed()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2, unit: 1);
        await host.Flow()
            .Send($"麻烦帮我约个车，后天早上六点半去高铁站，{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send("不用叫了，朋友说他送我").IgnoreReplies()
            .Send("算了还是帮我叫吧，他后天早上要上班").AssertReply("恢复")
            .StartTestAsync();
        var at = new DateTimeOffset(2026, 11, 24, 6, 30, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'service.concierge' AND state <> 'Cancelled' AND appointment_at = {at}"));
    }

    [Fact]
    public async Task A_landlord_saying_who_writes_then_asking_of_the_answer_before_opens_nothing()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("Hello, I'm the owner of 5-2-1604 and I rent it out.").IgnoreReplies()
            .Send("My tenant moves out on Sunday. What does he have to do with your office?").AssertReply("放行条")
            .Send("Does he need anything signed by me? I'm abroad.").AssertReply("放行条")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Whether_to_call_an_ambulance_during_an_emergency_is_answered_yes_now()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(3, unit: 1);
        await host.Flow()
            .Send($"我爸在客厅突然倒地叫不醒，{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("要不要打120啊").AssertReply("拨打120")
            .StartTestAsync();
    }
}
