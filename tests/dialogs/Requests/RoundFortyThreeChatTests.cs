using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the forty-first conversation set showed, as classes, in sentences of our own (clock: Sunday 2026-11-22 10:00,
/// Asia/Shanghai): a time moved at the restatement with the old time given as the reason ("明天下午3点我要去接孩子，改成4点吧")
/// moves the visit to the new clock on the same day; a call-back number put right after the ticket opened, with the
/// digits that were wrong said as "最后两位是87不是78", becomes the ticket's contact, not a note; a what-if about a lift
/// stopping with someone inside is answered with the lift advice, and "不是现在" after it keeps that answer and sends nobody;
/// "今天早上去看已经修好了" at the restatement calls the request off (the part of today says when it was seen, not when to come);
/// an errand about something here now (a parcel left at the wrong door) asks no time, and the door it was left at is not
/// the owner's home; while a complaint is gathered, an earlier time the same happened ("上个月修空调也是这样放我鸽子") is more
/// of the grievance, not a second request; a flat put right in the same message as the phone's last four digits is taken
/// before the digits verify it; a fault come back told with how often it was reported ("这都第四回报了，上回说两天修好")
/// is registered again when nothing is on record here; a bare "谢谢" to the one-tap dispatch question is no yes.
/// </summary>
public sealed class RoundFortyThreeChatTests
{
    private static long At(int day, int hour) => new DateTimeOffset(2026, 11, day, hour, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds();

    [Theory]
    [InlineData("不行，明天下午3点我要去接孩子，改成4点吧", 16)]
    [InlineData("哎不对，明天下午3点有个会，换成5点", 17)]
    [InlineData("明天下午3点不太方便，能不能改到下午两点", 14)]
    public async Task A_time_moved_at_the_restatement_with_the_old_time_as_the_reason_takes_the_new_clock(string moved, int hour)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("卫生间的排气扇不转了，5栋2单元803").AssertReply("后四位")
            .Send("跳过").AssertReply("什么时间")
            .Send("明天下午3点").AssertReply("联系电话")
            .Send("13812345678").AssertReply("明天15:00")
            .Send(moved).AssertReply($"明天{hour}:00")
            .Send("对").AssertReply("工单号")
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE appointment_at = {At(23, hour)}"));
    }

    [Theory]
    [InlineData("哎呀电话说错了最后两位是87不是78是13812345687")]
    [InlineData("不好意思号码输错了，应该是13812345687，不是78结尾")]
    public async Task A_number_put_right_after_the_urgent_ticket_opened_becomes_its_contact(string putRight)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("家里水管爆了，水一直往外喷，6栋1单元1104").IgnoreReplies()
            .Send("13812345678").AssertReply("补充")
            .Send("没有了").IgnoreReplies()
            .Send(putRight).AssertReply("13812345687")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE contact = '13812345687'"));
    }

    [Theory]
    [InlineData("万一电梯突然卡住不动了，人在里面该怎么办？", "不是现在哈，我爸一个人住，经常自己坐电梯下楼遛弯，想提前教教他")]
    [InlineData("要是电梯半路停了出不来咋整", "现在没事，就是以防万一问问")]
    [InlineData("what should my mum do if the lift stops with her inside?", "not now, she is fine, I just want to teach her in advance")]
    public async Task A_what_if_on_a_stopped_lift_is_answered_and_not_now_sends_nobody(string whatIf, string notNow)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send(whatIf).AssertReply("警铃")
            .Send(notNow).AssertReply("警铃")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Someone_stuck_now_after_the_what_if_is_an_emergency()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("万一电梯突然卡住不动了，人在里面该怎么办？").AssertReply("警铃")
            .Send("不是提前问，我妈现在就被困在5栋1单元的电梯里了").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency'"));
    }

    [Theory]
    [InlineData("今天早上去锻炼看已经修好了，踩着挺稳的，谢谢师傅了哈")]
    [InlineData("刚才下楼一看已经有人修好了，那就不用了")]
    public async Task Found_fixed_this_morning_at_the_restatement_calls_the_request_off(string fixedNow)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("3栋旁边健身区的那个扭腰器松了，转起来咯噔咯噔的").AssertReply("对吗")
            .Send(fixedNow).IgnoreReplies()
            .Send("对了，以后器材再坏了是直接在这里说就行吧").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled'"));
    }

    [Fact]
    public async Task Broken_again_this_morning_at_the_restatement_is_still_registered()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("3栋旁边健身区的那个扭腰器松了，转起来咯噔咯噔的").AssertReply("对吗")
            .Send("对，今天早上又松了，麻烦尽快").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled'"));
    }

    [Fact]
    public async Task An_errand_for_now_asks_no_time_and_the_door_a_parcel_was_left_at_is_not_home()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 2);
        await host.Flow()
            .Send("快递员把我的包裹送错门了，能不能麻烦礼宾帮我去拿一下，我在家做饭走不开").AssertReply("哪一户")
            .Send($"{room.Building}栋{room.Unit}单元{room.Room}").AssertReply("后四位")
            .Send(lastFour).AssertReply("绑定").AssertReply(reply => Assert.DoesNotContain("时间", reply.Text ?? "", StringComparison.Ordinal))
            .Send("快递员说放在3栋1单元1201门口了，一个白色纸箱").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'service.concierge' AND building = 5 AND unit = 2 AND room = '{room.Room}' AND description LIKE '%3栋1单元1201%'"));
    }

    [Fact]
    public async Task An_earlier_time_told_during_a_complaint_is_no_second_request()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("上周三报的厨房水管渗水，说好周四下午来，我特意早下班在家等，结果没人来，电话也打不通").IgnoreReplies()
            .Send("上个月修空调也是这样放我鸽子，已经是第二次了").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE intent LIKE 'repair.%'"));
    }

    [Fact]
    public async Task A_flat_put_right_with_the_last_four_digits_is_verified_as_put_right()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2, unit: 2);
        await host.Flow()
            .Send("卧室的推拉窗滑轮坏了，推不动").IgnoreReplies()
            .Send($"{room.Building}栋1单元{room.Room}").IgnoreReplies()
            .Send($"哦不对，是2单元，{room.Building}栋2单元{room.Room}，手机尾号{lastFour}").AssertReply("已为您绑定")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_fault_come_back_told_with_how_often_it_was_reported_is_registered_again()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("3栋2单元大堂的门禁又坏了，刷卡没反应，这都第四回报了，上回说两天修好，呵呵").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'public.general' AND building = 3"));
    }

    [Fact]
    public async Task Thanks_to_the_dispatch_question_is_no_yes()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("5栋2单元9楼有人在楼道里给电瓶车充电，大热天的").AssertReply("马上派人")
            .Send("谢谢").AssertReply("马上派人")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }
}
