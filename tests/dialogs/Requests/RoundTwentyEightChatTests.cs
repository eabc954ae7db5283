using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the twenty-second fresh conversation set found, as classes, in sentences of our own: a yes or a thanks to
/// "when?" registers the request with its restatement; a unit put right midway in a voice message is the flat; "不用派人，
/// 我就要个说法" at a complaint's restatement registers it; a grievance about the service that names the technician
/// becomes a complaint about that member of staff.
/// </summary>
public sealed class RoundTwentyEightChatTests
{
    [Fact]
    public async Task A_thanks_to_when_registers_the_request_with_its_restatement()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4);
        await host.Flow()
            .Send("卧室的灯泡不亮了，够不着，麻烦派人来换一个").IgnoreReplies()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("好的，下午我都在家，谢谢").AssertReply("工单号")
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'repair.simple'"));
    }

    [Fact]
    public async Task A_unit_put_right_midway_in_a_voice_message_is_the_flat()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(3, unit: 2);
        await host.Flow()
            .Send($"喂你好我是{room.Building}栋1单元的不对不对是2单元{room.Room}我家马桶堵了水都漫出来了快来人").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE building = {room.Building} AND unit = 2 AND room = '{room.Room}'"));
    }

    [Fact]
    public async Task No_one_to_send_but_an_answer_wanted_registers_the_complaint()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2);
        await host.Flow()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("上周约了王工来修热水器，等了一天人没来，电话也不接，我要投诉王工").IgnoreReplies()
            .Send("对，热水器我自己找人修好了，不用再派人，我就要个说法").AssertReply("工单号")
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.staff'"));
    }

    [Fact]
    public async Task The_most_a_fee_can_come_to_asked_next_is_answered_from_the_fee_just_given()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("朋友开车来看我，访客停车怎么收费").AssertReply("40")
            .Send("那要是停一整天的话最多收多少钱").AssertReply("40")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_flat_alone_after_the_first_message_goes_on_with_it()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(6);
        await host.Flow()
            .Send("空调内机漏水了，估计管子堵了").IgnoreReplies()
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}").IgnoreReplies()
            .Send("跳过").IgnoreReplies()
            .Send("明天上午10点，电话13800001234").AssertReply("空调内机漏水")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_price_asked_after_a_blockage_already_cleared_is_answered_and_nothing_opens()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("前天晚上马桶又堵了，后来我自己用搋子弄通了").IgnoreReplies()
            .Send("以后要是再堵，叫你们师傅来通得多少钱").AssertReply("不派人").AssertReply("50")
            .StartTestAsync();
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task An_emergency_told_in_english_gets_the_safety_advice_for_what_it_is()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("strong smell of LPG in my shop S115, it is getting worse").AssertReply("请注意安全", "燃气")
            .StartTestAsync();
    }
}
