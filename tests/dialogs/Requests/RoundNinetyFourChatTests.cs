using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// A visit booked for the early morning moved by a clock written with a colon ("make the pick-up 5:30 instead of 6",
/// "改成5:30吧") stays in the morning: the colon is no part of the day, the time agreed decides which half it is. A cut
/// that is over, then "不用派人…一般停电会提前通知吗", opens nothing and is answered; a what-if about a lift is no fee
/// question; in an emergency the flat where it happens beats the writer's own named after it, and is put right later;
/// an open urgent repair is moved to the evening in English; its price asked without a question mark is answered;
/// a second matter told with the answer to "where?" is queued and opened too.
/// </summary>
public sealed class RoundNinetyFourChatTests
{
    private const long HalfAnHour = 30 * 60 * 1000;

    [Theory]
    [InlineData("Sorry, one change - the airline moved our flight. Can you make the pick-up 5:30 instead of 6?")]
    [InlineData("不好意思改一下，改成5:30吧")]
    public async Task An_early_visit_moved_by_a_colon_clock_stays_in_the_morning(string moved)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 2);
        await host.Flow()
            .Send($"我是{room.DisplayName}的，明天早上6点帮我叫一辆出租车去机场，在南门上车").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send(moved).AssertReply("05:30")
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE appointment_at = {host.TomorrowAt(5) + HalfAnHour}"));
    }

    [Fact]
    public async Task An_afternoon_visit_moved_by_a_colon_clock_stays_in_the_afternoon()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 2);
        await host.Flow()
            .Send($"我是{room.DisplayName}的，卫生间的水龙头一直滴水，麻烦明天下午4点派师傅来修").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("对").IgnoreReplies()
            .Send("改成5:30吧").AssertReply("17:30")
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE appointment_at = {host.TomorrowAt(17) + HalfAnHour}"));
    }

    [Fact]
    public async Task A_cut_that_is_over_then_questions_about_its_notice_and_a_lift_open_nothing_and_are_answered()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(3, unit: 1);
        await host.Flow()
            .Send($"你好，我是{room.DisplayName}的。今天上午家里停了一个多小时电，现在已经来电了").IgnoreReplies()
            .Send("没事了，电都正常了，不用派人。就想问一下，平时停电会提前通知吗？").AssertReply("通知")
            .Send("明白了。还有个事想问，要是停电的时候我妈正好被关在电梯里，该怎么办？").AssertReply(reply => Assert.Contains("警铃", reply.Text))
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task An_emergency_at_a_neighbours_flat_goes_there_and_moves_when_put_right()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("对门家门缝里一直往外冒烟，敲门没人开！！").IgnoreReplies()
            .Send("2栋1单元8楼，是803，我家802").IgnoreReplies()
            .Send("不对，我出去看了门牌，冒烟的是801，刚才说反了").AssertReply("801")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND room = '801' AND building = 2 AND unit = 1"));
    }

    [Fact]
    public async Task An_open_urgent_repair_moved_to_the_evening_in_english_keeps_that_time()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, _) = host.OccupiedFlat(6, unit: 2);
        await host.Flow()
            .Send($"Hi, I live in {room.DisplayName}. The kitchen sink is completely blocked and the water won't drain. Please send someone.").IgnoreReplies()
            .Send("yes").IgnoreReplies()
            .Send("13912345678").IgnoreReplies()
            .Send("no").IgnoreReplies()
            .Send("nobody will be home until the evening, can they come at 8 tonight instead?").AssertReply("20:00")
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'repair.urgent' AND appointment_at = {host.TomorrowAt(20) - 24L * 3600 * 1000}"));
    }

    [Fact]
    public async Task A_price_asked_after_opening_without_a_question_mark_is_answered()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(2, unit: 2);
        await host.Flow()
            .Send($"我是{room.DisplayName}的 马桶堵死了 水快漫出来了").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("好的 你们快点").IgnoreReplies()
            .Send("对了 师傅上门疏通要收钱吗 是我出还是房东出啊").AssertReply("50")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_second_matter_told_with_the_place_is_queued_and_opened_too()
    {
        await using var host = await BotTestHost.StartAsync();
        var (_, lastFour) = host.OccupiedFlat(5, unit: 1);
        await host.Flow()
            .Send("台风把楼上谁家的雨棚吹翻了，半挂在外墙上晃来晃去，随时会掉下来").IgnoreReplies()
            .Send("5栋1单元，就在单元门口正上方。对了，我们单元一楼大堂的天花板也在往下滴水，地上一大滩水，刚才有人差点滑倒").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("没有了").IgnoreReplies()
            .Send("对").IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE description LIKE '%雨棚%' AND description NOT LIKE '%大堂%'"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE description LIKE '%大堂%'"));
    }
}
